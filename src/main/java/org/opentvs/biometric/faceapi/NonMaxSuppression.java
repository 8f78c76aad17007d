package org.opentvs.biometric.faceapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** face-api's greedy non-maximum suppression: best score first, drop boxes overlapping it by more than the IoU threshold. */
final class NonMaxSuppression {

    private NonMaxSuppression() {
    }

    static List<FaceBox> apply(List<FaceBox> boxes, double iouThreshold) {
        List<FaceBox> left = new ArrayList<>(boxes);
        left.sort(Comparator.comparingDouble(FaceBox::score));
        List<FaceBox> picked = new ArrayList<>();
        while (!left.isEmpty()) {
            FaceBox best = left.remove(left.size() - 1);
            picked.add(best);
            left.removeIf(b -> best.iou(b) > iouThreshold);
        }
        return picked;
    }
}
