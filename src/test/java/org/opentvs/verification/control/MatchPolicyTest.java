package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.gallery.control.SearchHit;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.Outcome;

class MatchPolicyTest {

    private final MatchPolicy policy = new MatchPolicy() {

        @Override
        public float threshold(String algorithm) {
            return 0.5f;
        }
    };

    {
        policy.maxAttempts = 3;
        policy.minimumQuality = 40;
    }

    private static SearchHit<GalleryMember> hit(float score, boolean citizen) {
        return new SearchHit<>(0, new GalleryMember(UUID.randomUUID(), "REF9", citizen, !citizen), score);
    }

    @Test
    void atOrAboveTheThresholdIsAMatchThatProceeds() {
        Outcome match = policy.decide("cosine-v1", hit(0.5f, false), 1);
        assertEquals(Decision.MATCH, match.decision());
        assertEquals(Instruction.PROCEED, match.instruction());
        assertEquals("REF9", match.reference());
        assertTrue(policy.decide("cosine-v1", hit(0.9f, true), 1).usCitizen());
    }

    @Test
    void belowItTheDeviceRecapturesUntilTheAttemptsRunOut() {
        assertEquals(Instruction.RECAPTURE, policy.decide("cosine-v1", hit(0.49f, false), 1).instruction());
        assertEquals(Instruction.RECAPTURE, policy.decide("cosine-v1", hit(0.2f, false), 2).instruction());
        Outcome third = policy.decide("cosine-v1", hit(0.2f, false), 3);
        assertEquals(Decision.NO_MATCH, third.decision());
        assertEquals(Instruction.SEE_OFFICER, third.instruction());
        assertNull(third.reference(), "a no-match tells the partner nothing about anyone");
        assertNull(policy.decide("cosine-v1", null, 1).score(), "an empty gallery has no best score");
    }

    @Test
    void lowQualityCapturesFail() {
        assertTrue(policy.usable(null));
        assertTrue(policy.usable(40f));
        assertEquals(false, policy.usable(39.9f));
        assertEquals(Decision.CAPTURE_FAILED, policy.captureFailed("cosine-v1", 1).decision());
    }
}
