package org.opentvs.biometric.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

class CaptureQualityGateTest {

    private final CaptureQualityGate gate = CaptureQualityGate.of(30, 35, 30, 30, 15);

    @Test
    void passesAGoodFrontalFace() {
        assertEquals(Optional.empty(), gate.check(new QualityMeasures(62, 5, -4, 2, 80, 120)));
    }

    @Test
    void namesWhatIsWrong() {
        assertEquals(Optional.of(CaptureFailure.FACE_TOO_SMALL), gate.check(new QualityMeasures(12, 0, 0, 0, 80, 120)));
        assertEquals(Optional.of(CaptureFailure.FACE_TURNED), gate.check(new QualityMeasures(62, -50, 0, 0, 80, 120)));
        assertEquals(Optional.of(CaptureFailure.FACE_TURNED), gate.check(new QualityMeasures(62, 0, 0, 40, 80, 120)));
        assertEquals(Optional.of(CaptureFailure.FACE_BLURRED), gate.check(new QualityMeasures(62, 0, 0, 0, 3, 120)));
    }
}
