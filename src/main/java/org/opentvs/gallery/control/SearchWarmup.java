package org.opentvs.gallery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the 1:N search on synthetic galleries until the JIT has compiled it. The Vector API kernel
 * is fast only once the optimising compiler has it: before that a search of 500 templates of 512
 * floats takes milliseconds instead of microseconds, which is what a server restarted under load
 * would otherwise spend its first seconds on. Both search paths are run: the float rows of a small
 * gallery and the int8 first stage of a large one.
 */
public final class SearchWarmup {

    private static final int DIMENSION = 512;

    private SearchWarmup() {
    }

    /** Searches until {@code rounds} are done or {@code budgetNanos} has passed; returns the number of searches run. */
    public static int run(int rounds, long budgetNanos) {
        long deadline = System.nanoTime() + budgetNanos;
        SplittableRandom random = new SplittableRandom(20261207);
        GalleryMatrix<Integer> small = gallery(500, random);
        GalleryMatrix<Integer> large = gallery((int) (GalleryMatrix.QUANTIZE_FROM_BYTES / (DIMENSION * Float.BYTES)) + 100, random);
        float[] probe = unit(random);
        int searches = 0;
        long sink = 0;
        while (searches < rounds && System.nanoTime() < deadline) {
            sink += small.best(probe).row();
            if (searches % 8 == 0) {
                sink += large.best(probe).row() + small.topK(probe, 5).size();
            }
            searches++;
        }
        return sink == Long.MIN_VALUE ? -1 : searches;
    }

    private static GalleryMatrix<Integer> gallery(int size, SplittableRandom random) {
        List<Integer> members = new ArrayList<>(size);
        List<float[]> vectors = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(i);
            vectors.add(unit(random));
        }
        return GalleryMatrix.of(members, vectors);
    }

    private static float[] unit(SplittableRandom random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < DIMENSION; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
