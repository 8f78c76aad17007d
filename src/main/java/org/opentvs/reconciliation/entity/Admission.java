package org.opentvs.reconciliation.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An admission as the arrival feed sends it (I-94 style). */
public record Admission(UUID id, UUID identityId, UUID crossingId, Person person, String sex, String classOfAdmission,
        String port, Instant admittedAt, LocalDate admitUntil) {
}
