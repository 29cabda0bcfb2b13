/* tradeoff-renderer-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which of GTK's renderers draws Tradeoff's window.
 *
 * GTK 4 draws with OpenGL unless told otherwise.  On a machine with no GPU
 * to draw with (a virtual machine, a remote desktop, a container or a
 * sandbox without /dev/dri) Mesa still offers OpenGL, but emulates it on
 * the CPU (llvmpipe).  For a window of text, check boxes and lists that is
 * the slowest and largest way to draw, at start-up, in memory and for
 * every frame after a tick or a typed letter (the figures are in the
 * README, "Performance").
 *
 * So where no GPU can be had, Tradeoff asks for the cairo renderer, as
 * GSK_RENDERER=cairo would, and keeps GTK from setting up OpenGL at all
 * (on X11 it does so when it opens the display, to choose a visual,
 * whichever renderer then draws: that alone loads Mesa and LLVM, for
 * nothing).  Where a GPU may be present it changes
 * nothing, and a GSK_RENDERER the person set always wins.
 */

#define G_LOG_DOMAIN "tradeoff-renderer-choice"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-renderer-choice.h"

/* Whether DIR holds a DRM render node ("renderD128"), which only a GPU
 * that can draw has: a bare display controller (simpledrm, "card0") has
 * none, and Mesa draws on the CPU there too. */
static gboolean
has_render_node (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;

  return FALSE;
}

/**
 * tradeoff_renderer_for_machine:
 * @dev_dir: the device folder to look in, "/dev" but in tests
 *
 * Returns: "cairo" when no GPU can draw for this process, so OpenGL would
 *   be emulated on the CPU; %NULL when GTK's own choice is the better one.
 */
const char *
tradeoff_renderer_for_machine (const char *dev_dir)
{
  const char *software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");
  g_autofree char *dri = NULL;
  g_autofree char *nvidia = NULL;

  g_return_val_if_fail (dev_dir != NULL, NULL);

  /* Mesa was told to draw on the CPU whatever the hardware. */
  if (software != NULL && *software != '\0' && g_strcmp0 (software, "0") != 0)
    return "cairo";

  /* Every GPU driver Mesa uses has a render node in /dev/dri; NVIDIA's own
   * driver may have only its /dev/nvidia* nodes. */
  dri = g_build_filename (dev_dir, "dri", NULL);
  nvidia = g_build_filename (dev_dir, "nvidiactl", NULL);
  if (has_render_node (dri) || g_file_test (nvidia, G_FILE_TEST_EXISTS))
    return NULL;

  return "cairo";
}

/* Adds VALUE to the comma-separated list in VARIABLE, keeping what the
 * person put there. */
static void
append_to_list_variable (const char *variable,
                         const char *value)
{
  const char *before = g_getenv (variable);
  g_autofree char *list = NULL;

  if (before != NULL && *before != '\0')
    list = g_strconcat (before, ",", value, NULL);
  else
    list = g_strdup (value);

  g_setenv (variable, list, TRUE);
}

/**
 * tradeoff_renderer_gl_switch:
 * @gtk_minor: GTK 4's minor version, at run time
 * @variable: (out): the environment variable that turns OpenGL off
 * @value: (out): the value that does
 *
 * GTK 4.16 moved the switch from GDK_DEBUG to GDK_DISABLE and warns about
 * the old one, so the running GTK decides.
 */
void
tradeoff_renderer_gl_switch (guint        gtk_minor,
                             const char **variable,
                             const char **value)
{
  g_return_if_fail (variable != NULL && value != NULL);

  *variable = gtk_minor < 16 ? "GDK_DEBUG" : "GDK_DISABLE";
  *value = gtk_minor < 16 ? "gl-disable" : "gl";
}

/**
 * tradeoff_renderer_choose:
 *
 * Sets GSK_RENDERER, and turns OpenGL off, for this process when
 * tradeoff_renderer_for_machine() says so and the person has not set
 * GSK_RENDERER.  Call it before GTK starts, while the program has only
 * one thread.
 */
void
tradeoff_renderer_choose (void)
{
  const char *renderer;
  const char *variable;
  const char *value;

  if (g_getenv ("GSK_RENDERER") != NULL)
    return;

  renderer = tradeoff_renderer_for_machine ("/dev");
  if (renderer == NULL)
    return;

  g_debug ("No GPU to draw with: using GTK's %s renderer, without OpenGL", renderer);
  g_setenv ("GSK_RENDERER", renderer, TRUE);
  tradeoff_renderer_gl_switch (gtk_get_minor_version (), &variable, &value);
  append_to_list_variable (variable, value);
}
