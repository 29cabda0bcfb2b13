/* tradeoff-print-operation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-report.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_PRINT_OPERATION (tradeoff_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffPrintOperation, tradeoff_print_operation, TRADEOFF, PRINT_OPERATION, GtkPrintOperation)

/* Prints the advisor's comparison, ticks and verdict as TradeoffReport lays
 * them out, on the page setup last printed with (remembered across runs),
 * or the locale's paper, A4 or Letter. */
TradeoffPrintOperation *tradeoff_print_operation_new            (TradeoffAdvisor        *advisor);
TradeoffAdvisor        *tradeoff_print_operation_get_advisor    (TradeoffPrintOperation *self);
/* Whether the pages last printed left parts out, to keep within the work
 * budget of a printout (tradeoff_report_get_shortened()). */
gboolean                tradeoff_print_operation_get_shortened  (TradeoffPrintOperation *self);

/* The page setup last printed with, or the locale's default paper. */
GtkPageSetup           *tradeoff_print_operation_load_page_setup (void);
/* A report on that same paper and margins, for saving a PDF that matches
 * the printed pages, page for page. */
TradeoffReport         *tradeoff_print_operation_create_report  (TradeoffAdvisor        *advisor);
TradeoffReport         *tradeoff_print_operation_create_decision_report (TradeoffDecision *decision);

G_END_DECLS
