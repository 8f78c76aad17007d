package org.opentvs.gallery.control;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernel: fused multiply-add over {@code SPECIES_PREFERRED} lanes with four independent
 * accumulators, then one lane at a time for the tail. Loaded only through {@link DotKernels} after
 * checking that {@code jdk.incubator.vector} is in the boot layer.
 */
final class VectorDotKernel implements DotKernel {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Bytes for one float vector: a quarter of its width, when such a shape exists (64 bits up). */
    private static final VectorSpecies<Byte> BYTES = SPECIES.vectorBitSize() >= 256
            ? VectorSpecies.of(byte.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 4))
            : null;

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
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = FloatVector.zero(SPECIES);
        FloatVector a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i <= dim - 4 * LANES; i += 4 * LANES) {
            a0 = FloatVector.fromArray(SPECIES, matrix, offset + i)
                    .fma(FloatVector.fromArray(SPECIES, probe, i), a0);
            a1 = FloatVector.fromArray(SPECIES, matrix, offset + i + LANES)
                    .fma(FloatVector.fromArray(SPECIES, probe, i + LANES), a1);
            a2 = FloatVector.fromArray(SPECIES, matrix, offset + i + 2 * LANES)
                    .fma(FloatVector.fromArray(SPECIES, probe, i + 2 * LANES), a2);
            a3 = FloatVector.fromArray(SPECIES, matrix, offset + i + 3 * LANES)
                    .fma(FloatVector.fromArray(SPECIES, probe, i + 3 * LANES), a3);
        }
        for (; i <= dim - LANES; i += LANES) {
            a0 = FloatVector.fromArray(SPECIES, matrix, offset + i)
                    .fma(FloatVector.fromArray(SPECIES, probe, i), a0);
        }
        float sum = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            sum += matrix[offset + i] * probe[i];
        }
        return sum;
    }

    @Override
    public float codeDot(byte[] codes, int row, int dim, float[] probeCodes) {
        int offset = row * dim;
        int i = 0;
        float sum = 0;
        if (BYTES != null) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = FloatVector.zero(SPECIES);
            for (; i <= dim - 2 * LANES; i += 2 * LANES) {
                a0 = widen(codes, offset + i).fma(FloatVector.fromArray(SPECIES, probeCodes, i), a0);
                a1 = widen(codes, offset + i + LANES).fma(FloatVector.fromArray(SPECIES, probeCodes, i + LANES), a1);
            }
            for (; i <= dim - LANES; i += LANES) {
                a0 = widen(codes, offset + i).fma(FloatVector.fromArray(SPECIES, probeCodes, i), a0);
            }
            sum = a0.add(a1).reduceLanes(VectorOperators.ADD);
        }
        for (; i < dim; i++) {
            sum += codes[offset + i] * probeCodes[i];
        }
        return sum;
    }

    private static FloatVector widen(byte[] codes, int index) {
        return (FloatVector) ByteVector.fromArray(BYTES, codes, index).convertShape(VectorOperators.B2F, SPECIES, 0);
    }
}
