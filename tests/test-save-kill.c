/* test-save-kill.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is lost when a save dies half-way: the program is killed with
 * SIGKILL at many moments while it exports over an existing file, and each
 * time that file must be either exactly the old one or the whole new one,
 * never a mix and never a truncated copy.
 */

/* kill(2) and waitpid(2) are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#define OLD_CONTENTS "the decision we saved yesterday\n"

/* A comparison big enough that writing its PDF takes a while, so kills
 * land before, during and after the write. */
static char *
write_big_comparison (const char *dir)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) doc = NULL;
  g_autoptr(GString) entries = g_string_new (NULL);
  char *path = g_build_filename (dir, "big.xml", NULL);

  g_assert_true (g_file_get_contents (minimal_path, &text, NULL, NULL));
  for (int i = 0; i < 400; i++)
    g_string_append_printf (entries,
                            "<entry id=\"q%d\"><question>Question number %d?</question>"
                            "<answer>An answer long enough to wrap over a few lines of the "
                            "printed page, so that the report grows to many pages: %d.</answer>"
                            "</entry>\n", i, i, i);
  g_string_append (entries, "  </faq>");
  doc = g_string_new (text);
  g_assert_cmpuint (g_string_replace (doc, "  </faq>", entries->str, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, doc->str, doc->len, NULL));

  return path;
}

static gboolean
is_complete_pdf (const char *contents,
                 gsize       length)
{
  const char *tail = contents + length - MIN (length, 32);

  return length > 5 && memcmp (contents, "%PDF-", 5) == 0 &&
         g_strstr_len (tail, contents + length - tail, "%%EOF") != NULL;
}

static void
test_kill_during_export (void)
{
  const char *program = g_getenv ("TRADEOFF_PROGRAM");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *comparison = NULL;
  g_autofree char *target = NULL;
  g_autofree char *export_arg = NULL;
  guint n_old = 0;
  guint n_new = 0;

  if (program == NULL)
    {
      g_test_skip ("TRADEOFF_PROGRAM is not set");
      return;
    }

  dir = g_dir_make_tmp ("tradeoff-kill-XXXXXX", &error);
  g_assert_no_error (error);
  comparison = write_big_comparison (dir);
  target = g_build_filename (dir, "decision.pdf", NULL);
  export_arg = g_strdup_printf ("--export=%s", target);

  /* Kill moments from 0 to ~0.2 s in growing steps: early ones catch the
   * load and the layout, later ones the write, the last ones none. */
  for (guint round = 0; round < 24; round++)
    {
      const char *argv[] = { program, export_arg, comparison, NULL };
      g_autofree char *contents = NULL;
      GPid pid;
      int status;
      gsize length;

      g_assert_true (g_file_set_contents (target, OLD_CONTENTS, -1, NULL));

      g_spawn_async (NULL, (char **)argv, NULL,
                     G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);

      g_usleep ((gulong)round * round * 400);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
      if (strcmp (contents, OLD_CONTENTS) == 0)
        n_old++;
      else if (is_complete_pdf (contents, length))
        n_new++;
      else
        g_error ("round %u: %s is neither the old file nor a whole PDF (%" G_GSIZE_FORMAT
                 " bytes)", round, target, length);
    }

  g_test_message ("%u kills left the old file, %u came after the new one was in place",
                  n_old, n_new);
  /* The early kills must have hit before the rename. */
  g_assert_cmpuint (n_old, >, 0);

  /* Remove everything, including any temporary file a kill left behind. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/save/kill-during-export", test_kill_during_export);

  return g_test_run ();
}
