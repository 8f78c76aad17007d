package org.opentvs.reconciliation.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One admission as the job reads it. */
public record Arrival(UUID id, Instant admittedAt, Person person, String classOfAdmission, LocalDate admitUntil, UUID identityId) {
}
