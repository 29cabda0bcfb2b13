/* tradeoff-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line that needs no display: --summary, --validate,
 * --list-criteria, --export, --version and --help.  It runs before GTK is
 * initialised, so scripts and tests can use it anywhere.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 the comparison file is invalid or could not be
 * written, 2 the command line itself is wrong (unknown option, unknown
 * criterion id). */
#define TRADEOFF_CLI_EXIT_OK      0
#define TRADEOFF_CLI_EXIT_INVALID 1
#define TRADEOFF_CLI_EXIT_USAGE   2

/* Returns %TRUE and sets @exit_status if the arguments asked for something the
 * command line does on its own; returns %FALSE if the window should open,
 * leaving @argv untouched for GApplication. Output goes to @out and @err. */
gboolean tradeoff_cli_handle (int      argc,
                              char   **argv,
                              GString *out,
                              GString *err,
                              int     *exit_status);

G_END_DECLS
