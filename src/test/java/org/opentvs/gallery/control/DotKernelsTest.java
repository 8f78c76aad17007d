package org.opentvs.gallery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.control.SyntheticIdentities;

class DotKernelsTest {

    @Test
    void vectorKernelIsChosenWhenTheModuleIsPresent() {
        // Surefire runs with --add-modules jdk.incubator.vector (see pom.xml).
        assertInstanceOf(VectorDotKernel.class, DotKernels.preferred());
    }

    @Test
    void scalarAndVectorKernelsAgree() {
        SyntheticIdentities identities = new SyntheticIdentities(5);
        DotKernel scalar = DotKernels.scalar();
        DotKernel vector = new VectorDotKernel();
        for (int dim : new int[]{2, 15, 16, 63, 64, 65, 512, 513, 1000}) {
            int rows = 300;
            float[] matrix = new float[rows * dim];
            for (int row = 0; row < rows; row++) {
                System.arraycopy(identities.randomUnit(dim), 0, matrix, row * dim, dim);
            }
            float[] probe = identities.randomUnit(dim);
            float[] scalarScores = new float[rows];
            float[] vectorScores = new float[rows];

            scalar.scoreAll(matrix, rows, dim, probe, scalarScores);
            vector.scoreAll(matrix, rows, dim, probe, vectorScores);

            for (int row = 0; row < rows; row++) {
                assertEquals(scalarScores[row], vectorScores[row], 1e-5, "dim " + dim + " row " + row);
                assertEquals(scalarScores[row], scalar.dot(matrix, row, dim, probe));
            }
            assertEquals(scalar.bestRow(matrix, rows, dim, probe), vector.bestRow(matrix, rows, dim, probe), "dim " + dim);
        }
    }

    @Test
    void codeDotIsExactInBothKernels() {
        for (int dim : new int[]{2, 15, 16, 33, 64, 513, 1000}) {
            byte[] codes = new byte[3 * dim];
            float[] probeCodes = new float[dim];
            long[] expected = new long[3];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (byte) ((i * 7919 % 255) - 127);
            }
            for (int i = 0; i < dim; i++) {
                probeCodes[i] = (i * 104729 % 255) - 127;
                for (int row = 0; row < 3; row++) {
                    expected[row] += codes[row * dim + i] * (long) probeCodes[i];
                }
            }
            for (int row = 0; row < 3; row++) {
                assertEquals(expected[row], (long) DotKernels.scalar().codeDot(codes, row, dim, probeCodes), "scalar dim " + dim);
                assertEquals(expected[row], (long) new VectorDotKernel().codeDot(codes, row, dim, probeCodes), "vector dim " + dim);
            }
        }
    }

    @Test
    void galleryFallsBackToScalarWithoutTheVectorModule() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                FallbackProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);

        assertEquals(0, process.exitValue(), output);
        assertEquals("ScalarDotKernel 0 a 0.8", output.lines().reduce((a, b) -> b).orElse(""));
    }
}
