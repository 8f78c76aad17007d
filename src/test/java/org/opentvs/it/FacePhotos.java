package org.opentvs.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Real face photos for tests: face-api's demo pictures (installed with the models by
 * {@code server-config/ensure-face-models.sh}), cut to one face, and the renderings a second camera
 * would give (mirrored, rotated, resized, brighter, recompressed), made here with Java2D/ImageIO.
 */
public final class FacePhotos {

    /** One face of a demo picture: the picture and the tiny detector's box on it (from faceapi/parity-imageio.json). */
    public record Face(int sample, int x, int y, int width, int height) {
    }

    public static final Face SAMPLE1_B = new Face(1, 1422, 215, 307, 283);
    public static final Face SAMPLE3_A = new Face(3, 1005, 252, 325, 275);
    public static final Face SAMPLE5_A = new Face(5, 313, 897, 316, 313);
    public static final Face SAMPLE5_B = new Face(5, 1346, 417, 305, 283);
    public static final Face SAMPLE6_A = new Face(6, 1432, 314, 299, 290);
    public static final Face SAMPLE6_B = new Face(6, 616, 378, 295, 275);

    private FacePhotos() {
    }

    public static Path packageRoot() {
        return Path.of(System.getProperty("face.package", "target/no-face-package"));
    }

    public static Path models() {
        return Path.of(System.getProperty("opentvs.biometric.face-api.models", "target/no-face-models"));
    }

    /** Whether the demo pictures and the converted networks are installed. */
    public static boolean available() {
        return Files.isRegularFile(packageRoot().resolve("demo/sample6.jpg"))
                && Files.isRegularFile(models().resolve("face_recognition.onnx"));
    }

    public static BufferedImage sample(int n) {
        try {
            return rgb(ImageIO.read(packageRoot().resolve("demo/sample" + n + ".jpg").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A portrait of one face: a square 1.6 times the detector's box around its centre. */
    public static BufferedImage portrait(Face f) {
        BufferedImage picture = sample(f.sample());
        int side = (int) (1.6 * Math.max(f.width(), f.height()));
        int x = Math.max(0, f.x() + f.width() / 2 - side / 2);
        int y = Math.max(0, f.y() + f.height() / 2 - side / 2);
        return rgb(picture.getSubimage(x, y, Math.min(side, picture.getWidth() - x), Math.min(side, picture.getHeight() - y)));
    }

    /** Another rendering of the same face: mirrored, rotated by {@code degrees}, scaled, brighter, as a second camera would see it. */
    public static BufferedImage otherRendering(BufferedImage face, double degrees, double scale, int brighter) {
        int w = (int) Math.round(face.getWidth() * scale);
        int h = (int) Math.round(face.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
            t.translate(w, 0);
            t.scale(-scale, scale);
            g.drawImage(face, t, null);
        } finally {
            g.dispose();
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = out.getRGB(x, y);
                int r = Math.min(255, ((p >> 16) & 0xFF) + brighter);
                int gr = Math.min(255, ((p >> 8) & 0xFF) + brighter);
                int b = Math.min(255, (p & 0xFF) + brighter);
                out.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return out;
    }

    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Pictures side by side on a grey canvas (a car window with two occupants). */
    public static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
        int h = Math.max(left.getHeight(), right.getHeight()) + 40;
        BufferedImage out = new BufferedImage(left.getWidth() + right.getWidth() + 60, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, out.getWidth(), h);
            g.drawImage(left, 20, 20, null);
            g.drawImage(right, left.getWidth() + 40, 20, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A smooth gradient: no face at all. */
    public static BufferedImage gradient(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 128);
            }
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
