package org.opentvs.gallery.control;

/**
 * An int8 copy of a gallery (a quarter of the bytes) used for a first pass that still returns the
 * exact float result. Each row is stored as {@code scale * codes} with codes in [-127, 127]; the
 * length of what that rounding lost is kept as an upper bound. For a probe p, the float score x.p
 * differs from the coded score by at most {@link #margin} (Cauchy-Schwarz on both rounding errors,
 * plus float rounding). A row is re-scored with the float kernel only when its coded score plus
 * that margin could reach the best float score found so far, so no row that could win is skipped
 * and the answer is the one {@link DotKernel#bestRow} gives.
 */
final class QuantizedRows {

    private static final int MAX_CODE = 127;

    private final byte[] codes;
    private final float[] scales;
    private final double maxErrorNorm;
    private final double maxCodedNorm;
    private final int rows;
    private final int dim;

    QuantizedRows(float[] matrix, int rows, int dim) {
        this.codes = new byte[rows * dim];
        this.scales = new float[rows];
        this.rows = rows;
        this.dim = dim;
        double maxError = 0;
        double maxCoded = 0;
        for (int row = 0; row < rows; row++) {
            Coded coded = Coded.of(matrix, row * dim, dim);
            System.arraycopy(coded.values, 0, codes, row * dim, dim);
            scales[row] = coded.scale;
            maxError = Math.max(maxError, coded.errorNorm);
            maxCoded = Math.max(maxCoded, coded.codedNorm);
        }
        this.maxErrorNorm = maxError;
        this.maxCodedNorm = maxCoded;
    }

    int bestRow(float[] matrix, float[] probe, DotKernel kernel) {
        Coded coded = Coded.of(probe, 0, dim);
        float[] probeCodes = new float[dim];
        for (int i = 0; i < dim; i++) {
            probeCodes[i] = coded.values[i];
        }
        float margin = margin(coded);
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            float approx = scales[row] * coded.scale * kernel.codeDot(codes, row, dim, probeCodes);
            if (approx + margin >= bestScore) {
                float score = kernel.dot(matrix, row, dim, probe);
                if (score > bestScore) {
                    bestScore = score;
                    best = row;
                }
            }
        }
        return best;
    }

    /** Bound on |float score - coded score|, rounded up generously for float arithmetic. */
    private float margin(Coded probe) {
        double rounding = 4.0 * dim * Math.ulp(1.0f) * (1 + probe.norm) + 1e-6;
        double bound = maxErrorNorm * probe.norm + maxCodedNorm * probe.errorNorm + rounding;
        return (float) (bound * (1 + 1e-6));
    }

    /** One vector as int8 codes with its scale and rounding-error norm (computed in double). */
    private record Coded(byte[] values, float scale, double errorNorm, double codedNorm, double norm) {

        static Coded of(float[] source, int offset, int dim) {
            float maxAbs = 0;
            for (int i = 0; i < dim; i++) {
                maxAbs = Math.max(maxAbs, Math.abs(source[offset + i]));
            }
            float scale = maxAbs > 0 ? maxAbs / MAX_CODE : 1f;
            byte[] values = new byte[dim];
            double error = 0;
            double coded = 0;
            double norm = 0;
            for (int i = 0; i < dim; i++) {
                float x = source[offset + i];
                int q = Math.max(-MAX_CODE, Math.min(MAX_CODE, Math.round(x / scale)));
                values[i] = (byte) q;
                double restored = (double) scale * q;
                error += (x - restored) * (x - restored);
                coded += restored * restored;
                norm += (double) x * x;
            }
            return new Coded(values, scale, Math.sqrt(error), Math.sqrt(coded), Math.sqrt(norm));
        }
    }
}
