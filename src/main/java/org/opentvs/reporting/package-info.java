/**
 * The portal's read side for program managers and oversight (CONOPS 1.1.3, Table 8 "Provide
 * Reports"): performance, ISO/IEC 19795 accuracy, demographics, response times, gallery build times,
 * capture devices, exceptions. Reads every context; writes only its own summary tables
 * ({@code report_*}), kept current by {@code ReportRollup}. Pages show aggregates; the one view of
 * persons (a flight's travelers) is audited and closed to auditors. Must not change another
 * context's data.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code report_rollup_state} — where the incremental roll-ups stand</li>
 * <li>{@code report_hour} — verifications per UTC hour and segment</li>
 * <li>{@code report_latency} — response-time histograms per hour, port and touchpoint</li>
 * <li>{@code report_device_day} — capture devices per UTC day</li>
 * <li>{@code report_flight} — per flight and touchpoint: who was expected and what happened</li>
 * <li>{@code report_demographic} — manifest travelers per flight and demographic group</li>
 * <li>{@code report_ground_truth} — ISO/IEC 19795 ground truth for evaluations</li>
 * <li>{@code report_region} — nationality to world region for the demographic reports</li>
 * </ul>
 */
package org.opentvs.reporting;
