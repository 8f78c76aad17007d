/**
 * The portal's read side for program managers and oversight (CONOPS 1.1.3, Table 8 "Provide
 * Reports"): performance, ISO/IEC 19795 accuracy, demographics, response times, gallery build times,
 * capture devices, exceptions. Reads every context; writes only its own summary tables
 * ({@code report_*}), kept current by {@code ReportRollup}. Pages show aggregates; the one view of
 * persons (a flight's travelers) is audited and closed to auditors. Must not change another
 * context's data.
 */
package org.opentvs.reporting;
