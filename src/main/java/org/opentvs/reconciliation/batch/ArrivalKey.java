package org.opentvs.reconciliation.batch;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The reader's checkpoint: the last admission read, by (admitted_at, id) order. */
public record ArrivalKey(Instant admittedAt, UUID id) implements Serializable {
    private static final long serialVersionUID = 1L;
}
