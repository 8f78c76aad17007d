package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.holdings.entity.HoldingFace;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.control.DataCipher;

/** Turns a submitted face (template or image) into a sealed {@link HoldingFace}, refusing what is not usable. */
@Dependent
public class FaceReferences {

    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    @Inject
    DataCipher cipher;

    public HoldingFace from(JsonBody face, UUID identityId, Instant at) {
        if (face.has("template")) {
            JsonBody template = face.object("template");
            String algorithm = template.string("algorithm");
            if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
                throw ApiException.invalid("UNKNOWN_ALGORITHM", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
            }
            CosineTemplate decoded = Templates.decode(template.string("data"));
            return HoldingFace.template(identityId, algorithm, decoded.dimension(), cipher.encrypt(decoded.encode()), at);
        }
        if (face.has("image")) {
            JsonBody image = face.object("image");
            String format = image.string("format").toLowerCase();
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw image.invalid("format", "must be jpeg or png");
            }
            byte[] bytes = decodeImage(image);
            return HoldingFace.image(identityId, format, cipher.encrypt(bytes), at);
        }
        throw face.invalid("template", "or 'image' is required for each face");
    }

    private static byte[] decodeImage(JsonBody image) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(image.string("data"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("IMAGE_MALFORMED", "The image data is not valid base64");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new ApiException(413, "TOO_LARGE", "An image may have at most " + MAX_IMAGE_BYTES + " bytes", null);
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw ApiException.invalid("IMAGE_MALFORMED", "The image is not a readable JPEG or PNG");
            }
        } catch (IOException e) {
            throw ApiException.invalid("IMAGE_MALFORMED", "The image is not a readable JPEG or PNG");
        }
        return bytes;
    }
}
