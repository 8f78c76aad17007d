package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.Refusal;

/**
 * Decodes a JPEG or PNG sent as base64 into an upright RGB image. Limits come first: the encoded
 * size before base64 is decoded, then the width and height from the header before any pixel is
 * decoded, so a decompression bomb is refused without allocating it. EXIF orientation is honoured;
 * an image the reader cannot decode completely (including a truncated JPEG) is refused.
 */
@ApplicationScoped
public class FaceImages {

    @Inject
    @ConfigProperty(name = "opentvs.image.max-bytes", defaultValue = "8388608")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "opentvs.image.max-pixels", defaultValue = "25000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "opentvs.image.max-side", defaultValue = "8000")
    int maxSide;

    public static FaceImages withLimits(int maxBytes, long maxPixels, int maxSide) {
        FaceImages images = new FaceImages();
        images.maxBytes = maxBytes;
        images.maxPixels = maxPixels;
        images.maxSide = maxSide;
        return images;
    }

    /** The raw bytes of a base64 image, refused when too large before it is decoded. */
    public byte[] bytes(String base64) {
        if (base64 == null || base64.isEmpty()) {
            throw Refusal.invalid("IMAGE_EMPTY", "image.data is empty");
        }
        if ((long) base64.length() * 3 / 4 > maxBytes) {
            throw new Refusal(Refusal.Reason.TOO_LARGE, "IMAGE_TOO_LARGE", "image is larger than " + maxBytes + " bytes",
                    Map.of("maxBytes", maxBytes));
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length == 0) {
                throw Refusal.invalid("IMAGE_EMPTY", "image.data is empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("IMAGE_UNDECODABLE", "image.data is not valid base64");
        }
    }

    /** Decodes and rotates upright; {@code format} is "jpeg" or "png" and must match the bytes. */
    public BufferedImage decode(String format, byte[] bytes) {
        ImageFormat declared = ImageFormat.of(format);
        if (ImageFormat.sniff(bytes) != declared) {
            throw Refusal.invalid("IMAGE_FORMAT_MISMATCH", "image.data is not a " + declared.name() + " image");
        }
        if (declared == ImageFormat.JPEG && !endsWithEoi(bytes)) {
            throw Refusal.invalid("IMAGE_TRUNCATED", "the JPEG image is truncated (no end-of-image marker)");
        }
        BufferedImage decoded = read(declared, bytes);
        int orientation = declared == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        return Orientations.upright(toRgb(decoded), orientation);
    }

    private BufferedImage read(ImageFormat format, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > maxSide || height > maxSide || width * height > maxPixels) {
                    throw new Refusal(Refusal.Reason.INVALID, "IMAGE_TOO_MANY_PIXELS", "image is " + width + "×" + height
                            + " pixels; at most " + maxPixels + " pixels and " + maxSide + " per side are accepted",
                            Map.of("maxPixels", maxPixels, "maxSide", maxSide));
                }
                AtomicBoolean damaged = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                BufferedImage image = reader.read(0, param);
                if (damaged.get()) {
                    throw Refusal.invalid("IMAGE_TRUNCATED", "the image data is incomplete or damaged");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.invalid("IMAGE_UNDECODABLE", "image.data could not be decoded as " + format.name());
        }
    }

    private static boolean endsWithEoi(byte[] b) {
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) {
            end--; // some encoders pad after EOI
        }
        return end >= 4 && (b[end - 2] & 0xFF) == 0xFF && (b[end - 1] & 0xFF) == 0xD9;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
