package org.opentvs.biometric.faceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cascade's rule: an earlier stage answers only with exactly one face; the last answers whatever it finds. */
class CascadeDetectorTest {

    private static final Raster IMAGE = new Raster(2, 2, new int[4]);

    private final List<String> ran = new ArrayList<>();

    private FaceDetector stage(String name, int faces) {
        return (image, threshold) -> {
            ran.add(name);
            List<FaceBox> found = new ArrayList<>();
            for (int i = 0; i < faces; i++) {
                found.add(new FaceBox(i * 10, 0, 10, 10, 0.9));
            }
            return found;
        };
    }

    @Test
    void oneFaceFromTheFirstStageIsTheAnswer() {
        List<FaceBox> faces = new CascadeDetector(List.of(stage("tiny160", 1), stage("tiny416", 1), stage("ssd", 1))).detect(IMAGE, 0.5);
        assertEquals(1, faces.size());
        assertEquals(List.of("tiny160"), ran);
    }

    @Test
    void noFaceOrSeveralFacesPassTheImageOn() {
        assertEquals(1, new CascadeDetector(List.of(stage("tiny160", 0), stage("tiny416", 1), stage("ssd", 3))).detect(IMAGE, 0.5).size());
        assertEquals(List.of("tiny160", "tiny416"), ran);
        ran.clear();
        assertEquals(4, new CascadeDetector(List.of(stage("tiny160", 2), stage("tiny416", 3), stage("ssd", 4))).detect(IMAGE, 0.5).size());
        assertEquals(List.of("tiny160", "tiny416", "ssd"), ran);
    }

    @Test
    void theLastStageAnswersWhateverItFinds() {
        assertEquals(0, new CascadeDetector(List.of(stage("tiny160", 0), stage("tiny416", 0), stage("ssd", 0))).detect(IMAGE, 0.5).size());
        assertEquals(2, new CascadeDetector(List.of(stage("ssd", 2))).detect(IMAGE, 0.5).size());
        assertThrows(IllegalArgumentException.class, () -> new CascadeDetector(List.of()));
    }
}
