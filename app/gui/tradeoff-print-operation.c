/* tradeoff-print-operation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing: a GtkPrintOperation whose pages are TradeoffReport's, the very
 * pages a saved PDF holds.  The page setup a person prints with is kept in
 * a key file and used again next time, by printing and by PDF export.
 */

#define G_LOG_DOMAIN "tradeoff-print"

#include "config.h"

#include <errno.h>

#include "tradeoff-print-operation.h"

#define PAGE_SETUP_GROUP "Page Setup"

struct _TradeoffPrintOperation
{
  GtkPrintOperation  parent_instance;

  TradeoffAdvisor   *advisor;
  /* From begin_print to end_print. */
  TradeoffReport    *report;
  double             inset_left;
  double             inset_top;
  /* The page setup of the last run that printed, to remember when done. */
  GtkPageSetup      *used_setup;
  /* Whether its pages left parts out. */
  gboolean           shortened;
};

G_DEFINE_FINAL_TYPE (TradeoffPrintOperation, tradeoff_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_ADVISOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
page_setup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), PACKAGE_NAME, "page-setup.ini", NULL);
}

GtkPageSetup *
tradeoff_print_operation_load_page_setup (void)
{
  g_autofree char *path = page_setup_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  GtkPageSetup *setup = NULL;

  if (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error))
    setup = gtk_page_setup_new_from_key_file (key_file, PAGE_SETUP_GROUP, &error);

  if (setup == NULL)
    {
      /* A damaged file costs the person their paper choice, nothing more:
       * say so, and go on with the default. */
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("Ignoring the saved page setup “%s”, which cannot be read: %s",
                   path, error->message);

      /* A new page setup is on the locale's paper, A4 or Letter. */
      setup = gtk_page_setup_new ();
    }

  return setup;
}

/* g_key_file_save_to_file() writes a temporary file and renames it, so a
 * crash never leaves half a page setup behind. */
static void
save_page_setup (GtkPageSetup *setup)
{
  g_autofree char *path = page_setup_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  gtk_page_setup_to_key_file (setup, key_file, PAGE_SETUP_GROUP);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (key_file, path, &error))
    g_warning ("Could not remember the page setup in “%s”: %s",
               path, error != NULL ? error->message : g_strerror (errno));
}

/* The report's own margins, unless the printer needs more: then print and
 * PDF break pages in the same places. */
static void
apply_page_setup (TradeoffReport *report,
                  GtkPageSetup   *setup,
                  double         *inset_top,
                  double         *inset_right,
                  double         *inset_bottom,
                  double         *inset_left)
{
  double top, right, bottom, left;
  double setup_top = gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS);
  double setup_right = gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS);
  double setup_bottom = gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS);
  double setup_left = gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS);

  tradeoff_report_get_margins (report, &top, &right, &bottom, &left);
  tradeoff_report_set_page_size (report,
                                 gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                 gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  tradeoff_report_set_margins (report,
                               MAX (top, setup_top), MAX (right, setup_right),
                               MAX (bottom, setup_bottom), MAX (left, setup_left));

  /* How far inside the printable area the report's pages start. */
  *inset_top = MAX (top - setup_top, 0.0);
  *inset_right = MAX (right - setup_right, 0.0);
  *inset_bottom = MAX (bottom - setup_bottom, 0.0);
  *inset_left = MAX (left - setup_left, 0.0);
}

/* The same for a decision: the report carries its record too. */
TradeoffReport *
tradeoff_print_operation_create_decision_report (TradeoffDecision *decision)
{
  g_autoptr(GtkPageSetup) setup = tradeoff_print_operation_load_page_setup ();
  TradeoffReport *report;
  double top, right, bottom, left;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), NULL);

  report = tradeoff_report_new_for_decision (decision);
  apply_page_setup (report, setup, &top, &right, &bottom, &left);

  return report;
}

TradeoffReport *
tradeoff_print_operation_create_report (TradeoffAdvisor *advisor)
{
  g_autoptr(GtkPageSetup) setup = tradeoff_print_operation_load_page_setup ();
  TradeoffReport *report;
  double top, right, bottom, left;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  report = tradeoff_report_new (advisor);
  apply_page_setup (report, setup, &top, &right, &bottom, &left);

  return report;
}

static void
tradeoff_print_operation_begin_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  PangoContext *pango_context;
  double inset_right, inset_bottom;

  g_clear_object (&self->report);
  self->report = tradeoff_report_new (self->advisor);
  apply_page_setup (self->report, setup,
                    &self->inset_top, &inset_right, &inset_bottom, &self->inset_left);

  g_clear_object (&self->used_setup);
  self->used_setup = gtk_page_setup_copy (setup);

  /* The context's Pango context is set up for the printer's resolution in
   * the operation's unit, points: the same measure the PDF writer uses. */
  pango_context = gtk_print_context_create_pango_context (context);
  tradeoff_report_paginate (self->report, pango_context,
                            gtk_print_context_get_width (context) - self->inset_left - inset_right,
                            gtk_print_context_get_height (context) - self->inset_top - inset_bottom);
  g_object_unref (pango_context);

  self->shortened = tradeoff_report_get_shortened (self->report);
  gtk_print_operation_set_n_pages (operation, tradeoff_report_get_n_pages (self->report));
}

static void
tradeoff_print_operation_draw_page (GtkPrintOperation *operation,
                                    GtkPrintContext   *context,
                                    int                page_nr)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (self->report != NULL);
  g_return_if_fail (page_nr >= 0);

  cairo_save (cr);
  cairo_translate (cr, self->inset_left, self->inset_top);
  tradeoff_report_draw_page (self->report, cr, page_nr);
  cairo_restore (cr);
}

gboolean
tradeoff_print_operation_get_shortened (TradeoffPrintOperation *self)
{
  g_return_val_if_fail (TRADEOFF_IS_PRINT_OPERATION (self), FALSE);

  return self->shortened;
}

static void
tradeoff_print_operation_end_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (operation);

  g_clear_object (&self->report);
}

static void
tradeoff_print_operation_done (GtkPrintOperation       *operation,
                               GtkPrintOperationResult  result)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (operation);

  /* Only a page setup that was really printed with is worth remembering. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->used_setup != NULL)
    save_page_setup (self->used_setup);
  g_clear_object (&self->used_setup);

  if (GTK_PRINT_OPERATION_CLASS (tradeoff_print_operation_parent_class)->done != NULL)
    GTK_PRINT_OPERATION_CLASS (tradeoff_print_operation_parent_class)->done (operation, result);
}

static void
tradeoff_print_operation_constructed (GObject *object)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (object);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (object);
  g_autoptr(GtkPageSetup) setup = tradeoff_print_operation_load_page_setup ();
  TradeoffComparison *comparison;

  G_OBJECT_CLASS (tradeoff_print_operation_parent_class)->constructed (object);

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self->advisor));

  comparison = tradeoff_advisor_get_comparison (self->advisor);
  if (tradeoff_comparison_get_title (comparison) != NULL)
    gtk_print_operation_set_job_name (operation, tradeoff_comparison_get_title (comparison));

  /* The dialog offers the remembered paper, orientation and margins first.
   * (Print settings with a paper size would override them, so there are
   * none until the dialog makes some.) */
  gtk_print_operation_set_default_page_setup (operation, setup);
}

static void
tradeoff_print_operation_dispose (GObject *object)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (object);

  g_clear_object (&self->report);
  g_clear_object (&self->used_setup);
  g_clear_object (&self->advisor);

  G_OBJECT_CLASS (tradeoff_print_operation_parent_class)->dispose (object);
}

static void
tradeoff_print_operation_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_print_operation_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TradeoffPrintOperation *self = TRADEOFF_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      self->advisor = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_print_operation_class_init (TradeoffPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = tradeoff_print_operation_constructed;
  object_class->dispose = tradeoff_print_operation_dispose;
  object_class->get_property = tradeoff_print_operation_get_property;
  object_class->set_property = tradeoff_print_operation_set_property;

  operation_class->begin_print = tradeoff_print_operation_begin_print;
  operation_class->draw_page = tradeoff_print_operation_draw_page;
  operation_class->end_print = tradeoff_print_operation_end_print;
  operation_class->done = tradeoff_print_operation_done;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_print_operation_init (TradeoffPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  /* Lengths in points, as the report lays itself out. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
}

TradeoffPrintOperation *
tradeoff_print_operation_new (TradeoffAdvisor *advisor)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  return g_object_new (TRADEOFF_TYPE_PRINT_OPERATION, "advisor", advisor, NULL);
}

TradeoffAdvisor *
tradeoff_print_operation_get_advisor (TradeoffPrintOperation *self)
{
  g_return_val_if_fail (TRADEOFF_IS_PRINT_OPERATION (self), NULL);

  return self->advisor;
}
