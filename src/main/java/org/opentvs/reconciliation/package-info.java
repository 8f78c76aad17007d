/**
 * Reconciliation (ADIS-style): links arrivals (admissions) to departures (exit crossings and partner
 * entries), classifies overstays, keeps a discrepancy queue for ambiguous links and reports each run.
 */
package org.opentvs.reconciliation;
