package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.crossing.entity.BiometricConfirmation;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRecorded;

class PendingVerificationTest {

    private static String[] row(UUID id, UUID traveler) {
        String[] row = new String[Verification.COLUMNS.size()];
        row[Verification.COLUMNS.indexOf("id")] = id.toString();
        row[Verification.COLUMNS.indexOf("at")] = "2026-12-03T05:50:00.123456Z";
        row[Verification.COLUMNS.indexOf("touchpoint")] = "AIR_BOARDING";
        row[Verification.COLUMNS.indexOf("port")] = "SFO";
        row[Verification.COLUMNS.indexOf("gate")] = "B7";
        row[Verification.COLUMNS.indexOf("carrier")] = "QO";
        row[Verification.COLUMNS.indexOf("flight_number")] = "903";
        row[Verification.COLUMNS.indexOf("flight_date")] = "2026-12-04";
        row[Verification.COLUMNS.indexOf("gallery_id")] = UUID.randomUUID().toString();
        row[Verification.COLUMNS.indexOf("device_id")] = "cam-1";
        row[Verification.COLUMNS.indexOf("decision")] = "MATCH";
        row[Verification.COLUMNS.indexOf("instruction")] = "PROCEED";
        row[Verification.COLUMNS.indexOf("score")] = "0.71";
        row[Verification.COLUMNS.indexOf("traveler_id")] = traveler.toString();
        row[Verification.COLUMNS.indexOf("us_citizen")] = "false";
        row[Verification.COLUMNS.indexOf("attempt")] = "1";
        row[Verification.COLUMNS.indexOf("elapsed_micros")] = "812";
        row[Verification.COLUMNS.indexOf("caller")] = "client:cams";
        row[Verification.COLUMNS.indexOf("face_yaw")] = "-3.5";
        return row;
    }

    @Test
    void survivesTheJournalAndRebuildsTheEventAndTheCrossing() {
        UUID id = UUID.randomUUID();
        UUID traveler = UUID.randomUUID();
        PendingVerification p = new PendingVerification(row(id, traveler), "cosine-v1", new byte[]{1, 2, 3, 0, -1}, "EXIT", false);
        PendingVerification back = PendingVerification.fromBytes(p.toBytes());
        assertArrayEquals(p.row(), back.row());
        assertArrayEquals(p.sealed(), back.sealed());
        assertEquals("cosine-v1", back.captureAlgorithm());
        VerificationRecorded e = back.event();
        assertEquals(id, e.verificationId());
        assertEquals(Decision.MATCH, e.decision());
        assertEquals(traveler, e.travelerId());
        assertEquals(0.71f, e.score());
        assertEquals("903", e.flightNumber());
        BiometricConfirmation c = back.crossing();
        assertEquals(traveler, c.travelerId());
        assertNull(c.identityId());
        assertEquals("EXIT", c.direction());
        assertEquals(812, c.elapsedMicros());
    }

    @Test
    void aLandMatchConfirmsAnIdentityAndNoMatchNothing() {
        UUID traveler = UUID.randomUUID();
        PendingVerification land = PendingVerification.fromBytes(new PendingVerification(row(UUID.randomUUID(), traveler), null, null,
                "ENTRY", true).toBytes());
        assertNull(land.sealed());
        assertEquals(traveler, land.crossing().identityId());
        assertNull(new PendingVerification(row(UUID.randomUUID(), traveler), null, null, null, false).crossing());
    }

    @Test
    void garbageIsRefusedNotMisread() {
        assertThrows(IllegalArgumentException.class, () -> PendingVerification.fromBytes(new byte[]{9, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> PendingVerification.fromBytes(new byte[]{1, 0}));
    }
}
