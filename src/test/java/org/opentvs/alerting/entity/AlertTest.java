package org.opentvs.alerting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static Alert alert() {
        return new Alert(AlertKind.NO_MATCH,
                new AlertLocation("IAD", "AIR_BOARDING", "1", "B12", null, null, "QA", "401", null, "cam", null),
                Instant.EPOCH);
    }

    @Test
    void anAlertIsAcknowledgedOnceThenResolvedOnce() {
        Alert a = alert();
        assertEquals(AlertStatus.OPEN, a.status());
        a.acknowledge("user:o1", Instant.EPOCH);
        assertEquals(AlertStatus.ACKNOWLEDGED, a.status());
        assertThrows(IllegalStateException.class, () -> a.acknowledge("user:o2", Instant.EPOCH));
        a.resolve("user:o1", Instant.EPOCH, "cleared");
        assertEquals(AlertStatus.RESOLVED, a.status());
        assertThrows(IllegalStateException.class, () -> a.resolve("user:o1", Instant.EPOCH, "again"));
    }

    @Test
    void resolvingAnOpenAlertAlsoAcknowledgesIt() {
        Alert a = alert();
        a.resolve("user:o1", Instant.EPOCH, null);
        assertEquals(AlertStatus.RESOLVED, a.status());
        assertThrows(IllegalStateException.class, () -> a.acknowledge("user:o1", Instant.EPOCH));
    }
}
