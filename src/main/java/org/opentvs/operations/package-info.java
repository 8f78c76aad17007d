/**
 * Job operations for every Jakarta Batch job of the application: start, stop, restart and list
 * executions through {@code /api/v1/admin/jobs}, schedules from MicroProfile Config, one execution
 * per job at a time across the cluster ({@code job_lock}), and the {@code job_run} record written by
 * the reusable {@code jobRunListener}. Knows no job's business; jobs only reference the listener.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code job_run} — one row per batch job execution with its counts</li>
 * <li>{@code job_lock} — the cluster-wide claim of a job by one execution</li>
 * <li>{@code job_schedule_slot} — each scheduled firing, started at most once</li>
 * </ul>
 */
package org.opentvs.operations;
