package org.opentvs.gallery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opentvs.biometric.control.SyntheticIdentities;

/**
 * Exhaustive 1:N search, one thread: {@link GalleryMatrix#best} (int8 first pass from 2 MB up),
 * the float kernel alone, and a plain scalar loop over the same contiguous float[] (the baseline of
 * BENCHMARKS.md), in the same run. Half the probes are genuine captures (cosine 0.7), half impostors.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.openjdk.jmh.Main GallerySearch -f 1 -wi 3 -i 5 -w 1 -r 2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class GallerySearchBenchmark {

    private static final int PROBES = 64;

    @Param({"500", "5000"})
    int size;

    @Param({"512"})
    int dim;

    private GalleryMatrix<Integer> gallery;
    private GalleryMatrix<Integer> floatOnly;
    private float[] matrix;
    private float[][] probes;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SyntheticIdentities identities = new SyntheticIdentities(1234);
        List<float[]> vectors = new ArrayList<>(size);
        List<Integer> members = new ArrayList<>(size);
        matrix = new float[size * dim];
        for (int i = 0; i < size; i++) {
            float[] v = identities.randomUnit(dim);
            vectors.add(v);
            members.add(i);
            System.arraycopy(v, 0, matrix, i * dim, dim);
        }
        gallery = GalleryMatrix.of(members, vectors);
        floatOnly = GalleryMatrix.of(members, vectors, DotKernels.preferred(), false);
        probes = new float[PROBES][];
        for (int i = 0; i < PROBES; i++) {
            probes[i] = i % 2 == 0
                    ? identities.genuineCapture(vectors.get((i * 7919) % size), 0.7)
                    : identities.randomUnit(dim);
        }
    }

    private float[] nextProbe() {
        next = (next + 1) & (PROBES - 1);
        return probes[next];
    }

    @Benchmark
    public SearchHit<Integer> kernel() {
        return gallery.best(nextProbe());
    }

    /** The float FMA kernel alone, without the int8 first pass that large galleries use. */
    @Benchmark
    public SearchHit<Integer> kernelFloatOnly() {
        return floatOnly.best(nextProbe());
    }

    @Benchmark
    public int scalarBaseline() {
        float[] probe = nextProbe();
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int row = 0, offset = 0; row < size; row++, offset += dim) {
            float sum = 0;
            for (int i = 0; i < dim; i++) {
                sum += matrix[offset + i] * probe[i];
            }
            if (sum > bestScore) {
                bestScore = sum;
                best = row;
            }
        }
        return best;
    }
}
