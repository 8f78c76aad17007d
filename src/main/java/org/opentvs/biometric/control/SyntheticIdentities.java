package org.opentvs.biometric.control;

import java.util.SplittableRandom;

/**
 * Generates synthetic face templates for benchmarks, tests and development seeding.
 *
 * <p><b>Seeds.</b> Every vector comes from one {@link SplittableRandom} created from the seed given
 * to the constructor, so the same seed and the same sequence of calls always give the same vectors,
 * on any JVM. Different seeds give independent streams. An instance is not thread-safe; give each
 * thread its own instance (for example with seeds {@code base + threadIndex}).
 *
 * <p><b>Identities.</b> {@link #randomUnit(int)} draws each component from a standard normal
 * distribution and scales the vector to unit length, which makes its direction uniform on the
 * sphere. Two such vectors are unrelated people: their cosine is close to 0 (standard deviation
 * about 1/&radic;dim, 0.044 for 512 dimensions). {@link #impostor(int)} is the same thing.
 *
 * <p><b>Similarity.</b> {@link #genuineCapture(float[], double)} models a second capture of the same
 * person: it rotates the reference towards a fresh random direction orthogonal to it,
 * {@code s·r + √(1−s²)·u}, so the cosine with the reference is exactly {@code s} (up to float32
 * rounding, well below 1e-6). Repeated captures of one reference at the same {@code s} differ from
 * each other, as real captures do.
 */
public final class SyntheticIdentities {

    private final SplittableRandom random;

    public SyntheticIdentities(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A random unit vector of the given dimension (at least 2). */
    public float[] randomUnit(int dim) {
        return toUnitFloats(gaussian(dim));
    }

    /** A random unit vector: a different person. */
    public float[] impostor(int dim) {
        return randomUnit(dim);
    }

    /**
     * A unit vector whose cosine with {@code reference} is {@code similarity}.
     *
     * @param reference a non-zero vector (it is normalised internally, not modified)
     * @param similarity the cosine wanted, from -1 to 1
     */
    public float[] genuineCapture(float[] reference, double similarity) {
        if (!(similarity >= -1 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be between -1 and 1");
        }
        if (reference.length < 2) {
            throw new IllegalArgumentException("dimension must be at least 2");
        }
        double[] r = unit(toDoubles(reference));
        double[] u = orthogonalDirection(r);
        double along = similarity;
        double across = Math.sqrt(Math.max(0, 1 - similarity * similarity));
        double[] capture = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            capture[i] = along * r[i] + across * u[i];
        }
        return toUnitFloats(capture);
    }

    private double[] orthogonalDirection(double[] r) {
        while (true) {
            double[] g = gaussian(r.length);
            double projection = dot(g, r);
            for (int i = 0; i < g.length; i++) {
                g[i] -= projection * r[i];
            }
            if (Math.sqrt(dot(g, g)) > 1e-6) {
                return unit(g);
            }
        }
    }

    private double[] gaussian(int dim) {
        if (dim < 2) {
            throw new IllegalArgumentException("dimension must be at least 2");
        }
        double[] g = new double[dim];
        for (int i = 0; i < dim; i++) {
            g[i] = random.nextGaussian();
        }
        return g;
    }

    private static double[] toDoubles(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static double[] unit(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("vector must be finite and non-zero");
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }

    private static float[] toUnitFloats(double[] v) {
        double[] u = unit(v);
        float[] f = new float[u.length];
        for (int i = 0; i < u.length; i++) {
            f[i] = (float) u[i];
        }
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
