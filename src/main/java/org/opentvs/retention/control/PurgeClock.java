package org.opentvs.retention.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;

/**
 * The instant a purge run measures expiry against: the {@code asOf} job parameter when given, else
 * the creation of the first execution of the job instance, so that a stopped run, restarted later,
 * deletes exactly what it would have deleted without the interruption.
 */
public final class PurgeClock {

    private PurgeClock() {
    }

    public static Instant asOf(String parameter, long executionId) {
        if (parameter != null && !parameter.isBlank()) {
            try {
                return Instant.parse(parameter.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("job parameter asOf must be an ISO-8601 instant such as 2026-11-30T02:30:00Z");
            }
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream().map(JobExecution::getCreateTime)
                .filter(Objects::nonNull).min(Date::compareTo).map(Date::toInstant).orElseGet(Instant::now);
    }
}
