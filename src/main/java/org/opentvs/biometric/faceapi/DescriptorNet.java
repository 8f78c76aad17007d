package org.opentvs.biometric.faceapi;

/**
 * face-api's FaceRecognitionNet (dlib's ResNet-29): the aligned region padded centred to a square,
 * resized to 150, mean-subtracted and /255 inside the graph; a 128-d descriptor (not unit length).
 */
final class DescriptorNet {

    static final int INPUT_SIZE = 150;

    private final Network net;

    DescriptorNet(Network net) {
        this.net = net;
    }

    /** The network input for an aligned region (also what the quality measures look at). */
    static float[] input(Raster image, Region aligned) {
        return SquareInput.tensor(image, aligned, INPUT_SIZE, true);
    }

    float[] descriptor(float[] input) {
        return net.run(input, INPUT_SIZE);
    }
}
