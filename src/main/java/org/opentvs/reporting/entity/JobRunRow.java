package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The latest run of a batch job (reconciliation, purge, …) with the counts it reported. */
public record JobRunRow(String job, long executionId, OffsetDateTime startedAt, OffsetDateTime endedAt, String batchStatus,
        String exitStatus, String summary) implements Serializable {
}
