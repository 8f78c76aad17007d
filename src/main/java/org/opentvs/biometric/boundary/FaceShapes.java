package org.opentvs.biometric.boundary;

import static org.opentvs.platform.boundary.JsonShape.data;
import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import org.opentvs.platform.boundary.JsonShape;

/** How a face is sent in every JSON body: {@code {"template": {algorithm, data}}} or {@code {"image": {format, data}}}. */
public final class FaceShapes {

    /** The decoders bound {@code data} themselves, with error codes of their own. */
    public static final JsonShape TEMPLATE = JsonShape.of(text("algorithm", 40), data("data"));

    public static final JsonShape IMAGE = JsonShape.of(text("format", 10), data("data"));

    /** A capture at a touchpoint, or a face of a holding or a watch-list entry. */
    public static final JsonShape FACE = JsonShape.of(text("modality", 20), value("quality"), object("template", TEMPLATE),
            object("image", IMAGE));

    private FaceShapes() {
    }
}
