package org.opentvs.gallery.control;

/** Plain Java kernel, used when the Vector API module is not in the runtime. */
final class ScalarDotKernel implements DotKernel {

    @Override
    public int bestRow(float[] matrix, int rows, int dim, float[] probe) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            float score = dot(matrix, row, dim, probe);
            if (score > bestScore) {
                bestScore = score;
                best = row;
            }
        }
        return best;
    }

    @Override
    public float dot(float[] matrix, int row, int dim, float[] probe) {
        int offset = row * dim;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i <= dim - 4; i += 4) {
            s0 += matrix[offset + i] * probe[i];
            s1 += matrix[offset + i + 1] * probe[i + 1];
            s2 += matrix[offset + i + 2] * probe[i + 2];
            s3 += matrix[offset + i + 3] * probe[i + 3];
        }
        for (; i < dim; i++) {
            s0 += matrix[offset + i] * probe[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public float codeDot(byte[] codes, int row, int dim, float[] probeCodes) {
        int offset = row * dim;
        float sum = 0;
        for (int i = 0; i < dim; i++) {
            sum += codes[offset + i] * probeCodes[i];
        }
        return sum;
    }
}
