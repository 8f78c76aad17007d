package org.opentvs.biometric.faceapi;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * One converted network in an ONNX Runtime session, created once. {@link #run} may be called from
 * many threads at once (ORT sessions are thread-safe for inference).
 */
final class Network implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    Network(OrtEnvironment env, Path file, int threads) throws OrtException {
        this.env = env;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // the tiny detector's graph declares a 13×13 output (416 px); other input sizes are valid and
            // would log a shape warning on every run
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            this.session = env.createSession(file.toString(), options);
        }
        this.input = session.getInputNames().iterator().next();
    }

    /** The network's (first) flat output for one NCHW input of {@code size}×{@code size} RGB. */
    float[] run(float[] nchw, int size) {
        return runAll(nchw, size)[0];
    }

    /** All of the network's outputs, flat, in graph order. */
    float[][] runAll(float[] nchw, int size) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(nchw), new long[]{1, 3, size, size});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            float[][] outputs = new float[result.size()][];
            for (int i = 0; i < outputs.length; i++) {
                FloatBuffer buffer = ((OnnxTensor) result.get(i)).getFloatBuffer();
                outputs[i] = new float[buffer.remaining()];
                buffer.get(outputs[i]);
            }
            return outputs;
        } catch (OrtException e) {
            throw new IllegalStateException("face network failed", e);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
