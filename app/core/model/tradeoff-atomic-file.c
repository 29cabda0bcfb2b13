/* tradeoff-atomic-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a whole file atomically, with errors that say which file and what
 * a person can do about it.  Reports and comparison files are both saved
 * through this.
 */

#define G_LOG_DOMAIN "tradeoff-atomic-file"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tradeoff-atomic-file.h"

/* GLib reports a failed g_file_set_contents() as a GFileError, whose message
 * names the temporary file; this finds the cause again to say it better. */
static int
errno_from_file_error (int code)
{
  static const struct { GFileError code; int errsv; } map[] = {
    { G_FILE_ERROR_EXIST, EEXIST }, { G_FILE_ERROR_ISDIR, EISDIR },
    { G_FILE_ERROR_ACCES, EACCES }, { G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG },
    { G_FILE_ERROR_NOENT, ENOENT }, { G_FILE_ERROR_NOTDIR, ENOTDIR },
    { G_FILE_ERROR_NXIO, ENXIO }, { G_FILE_ERROR_NODEV, ENODEV },
    { G_FILE_ERROR_ROFS, EROFS }, { G_FILE_ERROR_TXTBSY, ETXTBSY },
    { G_FILE_ERROR_FAULT, EFAULT }, { G_FILE_ERROR_LOOP, ELOOP },
    { G_FILE_ERROR_NOSPC, ENOSPC }, { G_FILE_ERROR_NOMEM, ENOMEM },
    { G_FILE_ERROR_MFILE, EMFILE }, { G_FILE_ERROR_NFILE, ENFILE },
    { G_FILE_ERROR_BADF, EBADF }, { G_FILE_ERROR_INVAL, EINVAL },
    { G_FILE_ERROR_PIPE, EPIPE }, { G_FILE_ERROR_AGAIN, EAGAIN },
    { G_FILE_ERROR_INTR, EINTR }, { G_FILE_ERROR_IO, EIO },
    { G_FILE_ERROR_PERM, EPERM }, { G_FILE_ERROR_NOSYS, ENOSYS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if ((int) map[i].code == code)
      return map[i].errsv;

  return 0;
}

/* The nearest existing folder above @path's file that is not a folder, if
 * that is why the file cannot be written ("/home/me/notes.txt/out.pdf"). */
static char *
find_non_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  while (!g_file_test (dir, G_FILE_TEST_EXISTS))
    {
      char *up = g_path_get_dirname (dir);

      if (g_strcmp0 (up, dir) == 0)
        {
          g_free (up);
          return NULL;
        }
      g_free (dir);
      dir = up;
    }

  return g_file_test (dir, G_FILE_TEST_IS_DIR) ? NULL : g_steal_pointer (&dir);
}

static void
set_local_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  int errsv = errno_from_file_error (cause->code);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *not_folder = NULL;
  GIOErrorEnum code = errsv != 0 ? g_io_error_from_errno (errsv) : G_IO_ERROR_FAILED;

  if (errsv == ENOENT && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 /* Translators: the first %s is a file, the second its folder */
                 _("Could not save “%s”: the folder “%s” does not exist"), path, dir);
  else if (errsv == ENOTDIR && (not_folder = find_non_folder (path)) != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                 /* Translators: the first %s is a file, the second a file in its path */
                 _("Could not save “%s”: “%s” is a file, not a folder"), path, not_folder);
  else if (errsv == EISDIR || g_file_test (path, G_FILE_TEST_IS_DIR))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 /* Translators: %s is the file that was to be written */
                 _("Could not save “%s”: there is a folder of that name"), path);
  else if (errsv != 0)
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: %s is a file, then why it could not be saved */
                 _("Could not save “%s”: %s"), path, g_strerror (errsv));
  else
    g_set_error (error, G_IO_ERROR, code, _("Could not save “%s”: %s"), path, cause->message);
}

/* Where @path's symbolic links lead, as editors follow them: the file at
 * the end of the chain is the one replaced, and the links stay links.  A
 * link to a file that does not exist yet leads to that file. */
static char *
follow_links (const char  *path,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  /* As many links as the kernel follows (MAXSYMLINKS) before ELOOP. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return g_steal_pointer (&current);

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("Could not save “%s”: %s"), path, g_strerror (ELOOP));
  return NULL;
}

/* Writes @data over the file at @path, or creates it.  An existing file
 * keeps its permissions: a private 0600 file must not come back readable
 * by everyone (umask and the temporary file would make it 0644).  A file
 * nobody may write is refused rather than silently replaced; root passes
 * access(), so the permission bits are looked at too. */
static gboolean
write_local (const char  *path,
             const char  *data,
             gsize        size,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target = follow_links (path, error);
  GStatBuf st;
  gboolean exists;
  int mode = 0666;

  if (target == NULL)
    return FALSE;

  exists = g_stat (target, &st) == 0 && S_ISREG (st.st_mode);
  if (exists)
    {
      if ((st.st_mode & 0222) == 0 || access (target, W_OK) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       /* Translators: %s is the file that was to be replaced */
                       _("Could not save “%s”: the file is read-only"), path);
          return FALSE;
        }
      mode = st.st_mode & 0777;
    }

  /* A temporary file next to the target, then a rename: a reader sees the
   * old file or the new one, never half of one, and a failure removes the
   * temporary file. */
  if (!g_file_set_contents_full (target, data, size,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                 mode, &local_error))
    {
      set_local_error (error, path, local_error);
      return FALSE;
    }

  /* The umask may have taken bits away from @mode (never added any): give
   * them back, so the file is as it was, no more and no less open. */
  if (exists && g_chmod (target, mode) != 0)
    g_debug ("Could not give “%s” its mode back: %s", target, g_strerror (errno));

  return TRUE;
}

gboolean
tradeoff_atomic_file_write (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path = g_file_peek_path (file);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A temporary file next to the target, then a rename: a reader sees the
   * old file or the new one, never half of one, and a failure removes the
   * temporary file. */
  if (path != NULL)
    return write_local (path, data, size, error);

  /* Elsewhere (a remote folder) GIO does the same. */
  if (g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE,
                               NULL, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not save “%s”: %s"), name, local_error->message);
    }

  return FALSE;
}

