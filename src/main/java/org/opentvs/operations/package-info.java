/**
 * Job operations for every Jakarta Batch job of the application: start, stop, restart and list
 * executions through {@code /api/v1/admin/jobs}, schedules from MicroProfile Config, one execution
 * per job at a time across the cluster ({@code job_lock}), and the {@code job_run} record written by
 * the reusable {@code jobRunListener}. Knows no job's business; jobs only reference the listener.
 */
package org.opentvs.operations;
