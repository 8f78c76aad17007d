package org.opentvs.gallery.control;

/**
 * Dot products of a probe against the rows of a contiguous row-major matrix. Two implementations:
 * {@link VectorDotKernel} (JDK Vector API) and {@link ScalarDotKernel} (plain Java, always loadable).
 * Callers guarantee {@code matrix.length >= rows * dim} and {@code probe.length == dim}.
 */
interface DotKernel {

    /** The first row with the highest dot product; -1 when there are no rows. */
    int bestRow(float[] matrix, int rows, int dim, float[] probe);

    /** The dot product of one row with the probe. */
    float dot(float[] matrix, int row, int dim, float[] probe);

    /**
     * The dot product of one int8-coded row with a probe whose components are small integers held
     * as floats. Exact as long as every partial sum stays below 2^24 in magnitude.
     */
    float codeDot(byte[] codes, int row, int dim, float[] probeCodes);

    /** Writes the dot product of every row into {@code out[0..rows)}. */
    default void scoreAll(float[] matrix, int rows, int dim, float[] probe, float[] out) {
        for (int row = 0; row < rows; row++) {
            out[row] = dot(matrix, row, dim, probe);
        }
    }
}
