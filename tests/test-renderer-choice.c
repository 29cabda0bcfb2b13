/* test-renderer-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer Tradeoff asks GTK for: cairo where OpenGL could only be
 * emulated on the CPU, GTK's own choice where a GPU may draw, and always
 * what the person set in GSK_RENDERER.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "tradeoff-renderer-choice.h"

/* A device folder holding NODES (paths inside it), made empty files. */
static char *
fake_dev (const char * const *nodes)
{
  g_autoptr(GError) error = NULL;
  char *dev = g_dir_make_tmp ("tradeoff-dev-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; nodes[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dev, nodes[i], NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
    }

  return dev;
}

static void
remove_dev (const char         *dev,
            const char * const *nodes)
{
  for (guint i = 0; nodes[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dev, nodes[i], NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      g_remove (path);
      if (g_strcmp0 (dir, dev) != 0)
        g_rmdir (dir);
    }
  g_rmdir (dev);
}

static const char *
renderer_with (const char * const *nodes)
{
  g_autofree char *dev = fake_dev (nodes);
  const char *renderer = tradeoff_renderer_for_machine (dev);

  remove_dev (dev, nodes);
  return renderer;
}

static void
test_no_gpu (void)
{
  const char * const none[] = { NULL };
  /* simpledrm: a display controller that cannot draw. */
  const char * const framebuffer_only[] = { "dri/card0", NULL };

  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_assert_cmpstr (renderer_with (none), ==, "cairo");
  g_assert_cmpstr (renderer_with (framebuffer_only), ==, "cairo");
}

static void
test_gpu (void)
{
  const char * const mesa_gpu[] = { "dri/card0", "dri/renderD128", NULL };
  const char * const nvidia[] = { "nvidiactl", "nvidia0", NULL };

  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_assert_null (renderer_with (mesa_gpu));
  g_assert_null (renderer_with (nvidia));
}

/* Mesa told to draw on the CPU draws there whatever the hardware. */
static void
test_software_forced (void)
{
  const char * const mesa_gpu[] = { "dri/renderD128", NULL };

  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_cmpstr (renderer_with (mesa_gpu), ==, "cairo");
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "0", TRUE);
  g_assert_null (renderer_with (mesa_gpu));
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
}

static void
test_person_wins (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_unsetenv ("GDK_DEBUG");
  g_unsetenv ("GDK_DISABLE");
  tradeoff_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_assert_null (g_getenv ("GDK_DISABLE"));

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
}

/* With no GPU: cairo, and OpenGL off by the switch the running GTK reads,
 * after whatever the person had there. */
static void
test_gl_turned_off (void)
{
  const char *variable;
  const char *value;
  g_autofree char *expected = NULL;

  tradeoff_renderer_gl_switch (8, &variable, &value);
  g_assert_cmpstr (variable, ==, "GDK_DEBUG");
  g_assert_cmpstr (value, ==, "gl-disable");
  tradeoff_renderer_gl_switch (16, &variable, &value);
  g_assert_cmpstr (variable, ==, "GDK_DISABLE");
  g_assert_cmpstr (value, ==, "gl");

  tradeoff_renderer_gl_switch (gtk_get_minor_version (), &variable, &value);
  expected = g_strconcat ("misc,", value, NULL);
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_setenv (variable, "misc", TRUE);
  tradeoff_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv (variable), ==, expected);

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_unsetenv (variable);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/renderer/no-gpu", test_no_gpu);
  g_test_add_func ("/tradeoff/renderer/gpu", test_gpu);
  g_test_add_func ("/tradeoff/renderer/software-forced", test_software_forced);
  g_test_add_func ("/tradeoff/renderer/person-wins", test_person_wins);
  g_test_add_func ("/tradeoff/renderer/gl-turned-off", test_gl_turned_off);

  return g_test_run ();
}
