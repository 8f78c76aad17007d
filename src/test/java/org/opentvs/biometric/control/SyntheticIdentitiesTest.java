package org.opentvs.biometric.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticIdentitiesTest {

    @Test
    void randomUnitHasLengthOne() {
        float[] v = new SyntheticIdentities(1).randomUnit(512);

        assertEquals(512, v.length);
        assertEquals(1.0, norm(v), 1e-6);
    }

    @Test
    void sameSeedGivesSameVectors() {
        SyntheticIdentities a = new SyntheticIdentities(42);
        SyntheticIdentities b = new SyntheticIdentities(42);

        assertArrayEquals(a.randomUnit(128), b.randomUnit(128));
        assertArrayEquals(a.genuineCapture(a.randomUnit(128), 0.7), b.genuineCapture(b.randomUnit(128), 0.7));
    }

    @Test
    void differentSeedsGiveUnrelatedVectors() {
        float[] a = new SyntheticIdentities(1).randomUnit(512);
        float[] b = new SyntheticIdentities(2).randomUnit(512);

        assertFalse(Arrays.equals(a, b));
        assertTrue(Math.abs(cosine(a, b)) < 0.25, "impostor cosine " + cosine(a, b));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.5, 0.0, 0.3, 0.7, 0.95, 1.0})
    void genuineCaptureHasExactlyTheRequestedSimilarity(double similarity) {
        SyntheticIdentities identities = new SyntheticIdentities(7);
        float[] reference = identities.randomUnit(512);

        float[] capture = identities.genuineCapture(reference, similarity);

        assertEquals(similarity, cosine(reference, capture), 1e-6);
        assertEquals(1.0, norm(capture), 1e-6);
    }

    @Test
    void genuineCaptureWorksFromANonUnitReferenceInOddDimension() {
        float[] reference = {3f, 0f, 4f};

        float[] capture = new SyntheticIdentities(3).genuineCapture(reference, 0.7);

        assertEquals(0.7, cosine(reference, capture), 1e-6);
    }

    @Test
    void repeatedCapturesDiffer() {
        SyntheticIdentities identities = new SyntheticIdentities(9);
        float[] reference = identities.randomUnit(64);

        assertFalse(Arrays.equals(identities.genuineCapture(reference, 0.8), identities.genuineCapture(reference, 0.8)));
    }

    @Test
    void rejectsSimilarityOutsideMinusOneToOne() {
        SyntheticIdentities identities = new SyntheticIdentities(1);
        float[] reference = identities.randomUnit(8);

        assertThrows(IllegalArgumentException.class, () -> identities.genuineCapture(reference, 1.01));
        assertThrows(IllegalArgumentException.class, () -> identities.genuineCapture(reference, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> identities.randomUnit(1));
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float c : v) {
            sum += (double) c * c;
        }
        return Math.sqrt(sum);
    }
}
