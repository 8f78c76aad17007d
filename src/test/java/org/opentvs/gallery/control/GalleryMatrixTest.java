package org.opentvs.gallery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentvs.biometric.control.SyntheticIdentities;

class GalleryMatrixTest {

    private static final double TOLERANCE = 1e-4;

    static Stream<Arguments> galleries() {
        return Stream.of(1, 7, 100, 1000).flatMap(size -> Stream.of(3, 17, 128, 513).flatMap(dim -> Stream.of("vector", "scalar")
                .flatMap(kernel -> Stream.of(false, true).map(quantize -> Arguments.of(size, dim, kernel, quantize)))));
    }

    @ParameterizedTest(name = "{0}x{1} {2} int8 first pass {3}")
    @MethodSource("galleries")
    void bestAndTopKMatchADoublePrecisionReference(int size, int dim, String kernelName, boolean quantize) {
        SyntheticIdentities identities = new SyntheticIdentities(size * 31L + dim);
        List<float[]> vectors = units(identities, size, dim);
        GalleryMatrix<String> gallery = GalleryMatrix.of(names(size), vectors, kernel(kernelName), quantize);

        for (int probeIndex = 0; probeIndex < 5; probeIndex++) {
            float[] probe = identities.randomUnit(dim);
            double[] reference = referenceScores(vectors, probe);
            Integer[] ranked = rankedRows(reference);

            SearchHit<String> best = gallery.best(probe);
            assertEquals(reference[ranked[0]], reference[best.row()], TOLERANCE, "best row scores the maximum");
            assertEquals(reference[best.row()], best.score(), TOLERANCE);
            assertEquals("m" + best.row(), best.member());
            if (size == 1 || reference[ranked[0]] - reference[ranked[1]] > TOLERANCE) {
                assertEquals(ranked[0], best.row());
            }

            int k = Math.min(10, size + 2);
            List<SearchHit<String>> top = gallery.topK(probe, k);
            assertEquals(Math.min(k, size), top.size());
            for (int i = 0; i < top.size(); i++) {
                SearchHit<String> hit = top.get(i);
                assertEquals(reference[ranked[i]], hit.score(), TOLERANCE, "rank " + i);
                assertEquals(reference[hit.row()], hit.score(), TOLERANCE);
                assertEquals("m" + hit.row(), hit.member());
                if (i > 0) {
                    assertTrue(top.get(i - 1).score() >= hit.score());
                }
            }
        }
    }

    @Test
    void genuineCaptureAtSimilarityPointSevenIsTheBestHitAmongFiveHundred() {
        SyntheticIdentities identities = new SyntheticIdentities(2024);
        List<float[]> vectors = units(identities, 500, 512);
        GalleryMatrix<String> gallery = GalleryMatrix.of(names(500), vectors);

        for (int enrolled : new int[]{0, 123, 499}) {
            float[] probe = identities.genuineCapture(vectors.get(enrolled), 0.7);

            SearchHit<String> best = gallery.best(probe);

            assertEquals(enrolled, best.row());
            assertEquals("m" + enrolled, best.member());
            assertEquals(0.7, best.score(), TOLERANCE);
            assertEquals(best, gallery.topK(probe, 3).get(0));
        }
    }

    @Test
    void tieGoesToTheLowestRow() {
        float[] a = {0.6f, 0.8f};
        float[] b = {0.8f, 0.6f};
        GalleryMatrix<String> gallery = GalleryMatrix.of(List.of("x", "y", "z"), List.of(b, a, a));

        SearchHit<String> best = gallery.best(a);

        assertEquals(new SearchHit<>(1, "y", 1.0f), best);
        assertEquals(List.of(1, 2), gallery.topK(a, 2).stream().map(SearchHit::row).toList());
    }

    @Test
    void rejectsProbeOfAnotherDimension() {
        GalleryMatrix<String> gallery = GalleryMatrix.of(List.of("a"), List.of(new float[]{1f, 0f, 0f}));

        assertThrows(IllegalArgumentException.class, () -> gallery.best(new float[]{1f, 0f}));
        assertThrows(IllegalArgumentException.class, () -> gallery.topK(new float[]{1f, 0f, 0f, 0f}, 1));
        assertThrows(IllegalArgumentException.class, () -> gallery.topK(new float[]{1f, 0f, 0f}, 0));
    }

    @Test
    void rejectsInvalidEnrolment() {
        float[] unit = {1f, 0f};
        assertThrows(IllegalArgumentException.class, () -> GalleryMatrix.of(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> GalleryMatrix.of(List.of("a", "b"), List.of(unit)));
        assertThrows(IllegalArgumentException.class,
                () -> GalleryMatrix.of(List.of("a", "b"), List.of(unit, new float[]{1f, 0f, 0f})));
        assertThrows(IllegalArgumentException.class, () -> GalleryMatrix.of(List.of("a"), List.of(new float[]{3f, 4f})));
        assertThrows(IllegalArgumentException.class,
                () -> GalleryMatrix.of(List.of("a"), List.of(new float[]{Float.NaN, 1f})));
    }

    @Test
    void galleryIsNotAffectedByLaterChangesToTheInput() {
        float[] v = {1f, 0f};
        GalleryMatrix<String> gallery = GalleryMatrix.of(List.of("a"), List.of(v));
        v[0] = 0f;

        assertEquals(1f, gallery.best(new float[]{1f, 0f}).score());
    }

    static DotKernel kernel(String name) {
        return name.equals("vector") ? new VectorDotKernel() : DotKernels.scalar();
    }

    static List<float[]> units(SyntheticIdentities identities, int size, int dim) {
        List<float[]> vectors = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            vectors.add(identities.randomUnit(dim));
        }
        return vectors;
    }

    static List<String> names(int size) {
        return IntStream.range(0, size).mapToObj(i -> "m" + i).toList();
    }

    private static double[] referenceScores(List<float[]> vectors, float[] probe) {
        double[] scores = new double[vectors.size()];
        for (int row = 0; row < scores.length; row++) {
            float[] v = vectors.get(row);
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += (double) v[i] * probe[i];
            }
            scores[row] = dot;
        }
        return scores;
    }

    private static Integer[] rankedRows(double[] scores) {
        Integer[] rows = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(rows, (a, b) -> Double.compare(scores[b], scores[a]));
        return rows;
    }
}
