package org.opentvs.gallery.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An immutable 1:N search gallery: n unit templates of one dimension d, held in one contiguous
 * row-major {@code float[n*d]}, with the member enrolled at each row. Searches are exhaustive and
 * exact (cosine = dot product of unit vectors) and safe to run from many threads at once.
 *
 * @param <T> the member key, e.g. a traveler id
 */
public final class GalleryMatrix<T> {

    /**
     * Galleries whose float rows take at least this many bytes (more than a core's L2 cache) also
     * keep an int8 copy for an exact two-stage search, see {@link QuantizedRows}.
     */
    static final long QUANTIZE_FROM_BYTES = 2L << 20;

    /** How far from 1 the length of an enrolled vector may be. */
    static final double UNIT_TOLERANCE = 1e-3;

    private static final Comparator<SearchHit<?>> BY_RANK = Comparator.comparingDouble((SearchHit<?> h) -> -h.score())
            .thenComparingInt(SearchHit::row);

    private final float[] rows;
    private final Object[] members;
    private final int dim;
    private final DotKernel kernel;
    private final QuantizedRows quantized;

    private GalleryMatrix(float[] rows, Object[] members, int dim, DotKernel kernel, boolean quantize) {
        this.rows = rows;
        this.members = members;
        this.dim = dim;
        this.kernel = kernel;
        this.quantized = quantize ? new QuantizedRows(rows, members.length, dim) : null;
    }

    /**
     * Builds a gallery; {@code vectors.get(i)} is the unit template of {@code members.get(i)}.
     *
     * @throws IllegalArgumentException when the lists are empty or differ in size, or a vector has
     *         another dimension, a non-finite component or a length not within 1e-3 of 1
     */
    public static <T> GalleryMatrix<T> of(List<T> members, List<float[]> vectors) {
        long bytes = (long) vectors.size() * (vectors.isEmpty() ? 0 : vectors.get(0).length) * Float.BYTES;
        return of(members, vectors, DotKernels.preferred(), bytes >= QUANTIZE_FROM_BYTES);
    }

    static <T> GalleryMatrix<T> of(List<T> members, List<float[]> vectors, DotKernel kernel, boolean quantize) {
        if (members.isEmpty() || members.size() != vectors.size()) {
            throw new IllegalArgumentException("a gallery needs one vector per member and at least one member");
        }
        int dim = vectors.get(0).length;
        float[] rows = new float[Math.multiplyExact(members.size(), dim)];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dim) {
                throw new IllegalArgumentException("vector " + i + " has dimension " + v.length + ", expected " + dim);
            }
            requireUnit(v, i);
            System.arraycopy(v, 0, rows, i * dim, dim);
        }
        return new GalleryMatrix<>(rows, members.toArray(), dim, kernel, quantize);
    }

    public int size() {
        return members.length;
    }

    public int dimension() {
        return dim;
    }

    @SuppressWarnings("unchecked")
    public T member(int row) {
        return (T) members[row];
    }

    /** The best-scoring member for a unit-length probe; on a tie the lowest row wins. */
    public SearchHit<T> best(float[] probe) {
        requireDimension(probe);
        int row = quantized != null
                ? quantized.bestRow(rows, probe, kernel)
                : kernel.bestRow(rows, members.length, dim, probe);
        return hit(row, kernel.dot(rows, row, dim, probe));
    }

    /** The {@code k} best members (fewer if the gallery is smaller), best first. */
    public List<SearchHit<T>> topK(float[] probe, int k) {
        requireDimension(probe);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        float[] scores = new float[members.length];
        kernel.scoreAll(rows, members.length, dim, probe, scores);
        PriorityQueue<SearchHit<T>> kept = new PriorityQueue<>(Math.min(k, members.length) + 1, BY_RANK.reversed());
        for (int row = 0; row < scores.length; row++) {
            SearchHit<T> candidate = hit(row, scores[row]);
            if (kept.size() < k) {
                kept.add(candidate);
            } else if (BY_RANK.compare(candidate, kept.peek()) < 0) {
                kept.poll();
                kept.add(candidate);
            }
        }
        List<SearchHit<T>> ranked = new ArrayList<>(kept);
        ranked.sort(BY_RANK);
        return ranked;
    }

    private SearchHit<T> hit(int row, float score) {
        return new SearchHit<>(row, member(row), score);
    }

    private void requireDimension(float[] probe) {
        if (probe.length != dim) {
            throw new IllegalArgumentException("probe has dimension " + probe.length + ", gallery has " + dim);
        }
    }

    private static void requireUnit(float[] v, int index) {
        double sumOfSquares = 0;
        for (float c : v) {
            sumOfSquares += (double) c * c;
        }
        if (!(Math.abs(Math.sqrt(sumOfSquares) - 1) <= UNIT_TOLERANCE)) {
            throw new IllegalArgumentException("vector " + index + " is not a finite unit vector");
        }
    }
}
