package org.opentvs.gallery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentvs.biometric.control.SyntheticIdentities;

class QuantizedRowsTest {

    /**
     * Rows come in clusters of near-duplicates (cosine 0.9999 with each other), so the int8 scores
     * of rival rows are closer together than the int8 rounding error: the re-scoring must decide.
     */
    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"400, 3, vector", "400, 17, scalar", "2000, 64, vector", "1000, 513, vector",
            "1000, 513, scalar", "200, 4096, vector"})
    void twoStageSearchGivesExactlyTheFloatKernelAnswer(int rows, int dim, String kernelName) {
        SyntheticIdentities identities = new SyntheticIdentities(rows + dim);
        float[] matrix = new float[rows * dim];
        float[] centre = identities.randomUnit(dim);
        for (int row = 0; row < rows; row++) {
            if (row % 4 == 0) {
                centre = identities.randomUnit(dim);
            }
            System.arraycopy(identities.genuineCapture(centre, 0.9999), 0, matrix, row * dim, dim);
        }
        DotKernel kernel = GalleryMatrixTest.kernel(kernelName);
        QuantizedRows quantized = new QuantizedRows(matrix, rows, dim);

        for (int i = 0; i < 50; i++) {
            int target = (i * 37) % rows;
            float[] row = new float[dim];
            System.arraycopy(matrix, target * dim, row, 0, dim);
            float[] probe = i % 3 == 0 ? identities.randomUnit(dim) : identities.genuineCapture(row, 0.99995);

            int expected = kernel.bestRow(matrix, rows, dim, probe);
            int actual = quantized.bestRow(matrix, probe, kernel);

            assertEquals(expected, actual, "probe " + i);
        }
    }
}
