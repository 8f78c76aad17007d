package org.opentvs.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pseudo-genuine renderings of one face crop: the same pixels mirrored, rotated by ±4°, resized to
 * 60%, brighter and darker, and recompressed as JPEG at quality 35. Each keeps where the face's
 * centre went and how its size changed, so the face can be found again among what an engine detects.
 */
final class FaceVariants {

    /** A rendering, the face centre in its pixels and its scale relative to the crop. */
    record Variant(String name, BufferedImage image, double centreX, double centreY, double scale) {
    }

    static final double ROTATION_DEGREES = 4;
    static final double RESIZE = 0.6;
    static final int BRIGHTNESS = 40;
    static final float JPEG_QUALITY = 0.35f;

    private FaceVariants() {
    }

    /** The crop itself followed by its seven pseudo-genuine renderings. */
    static List<Variant> of(BufferedImage crop, double centreX, double centreY) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("crop", crop, centreX, centreY, 1));
        variants.add(mirrored(crop, centreX, centreY));
        variants.add(rotated(crop, centreX, centreY, ROTATION_DEGREES));
        variants.add(rotated(crop, centreX, centreY, -ROTATION_DEGREES));
        variants.add(resized(crop, centreX, centreY, RESIZE));
        variants.add(new Variant("brighter+" + BRIGHTNESS, brightness(crop, BRIGHTNESS), centreX, centreY, 1));
        variants.add(new Variant("darker-" + BRIGHTNESS, brightness(crop, -BRIGHTNESS), centreX, centreY, 1));
        variants.add(new Variant("jpeg-q35", jpeg(crop, JPEG_QUALITY), centreX, centreY, 1));
        return variants;
    }

    /** A copy of a region of {@code image} as packed RGB (clamped to the image). */
    static BufferedImage crop(BufferedImage image, int x, int y, int width, int height) {
        int x0 = Math.max(0, Math.min(x, image.getWidth() - 1));
        int y0 = Math.max(0, Math.min(y, image.getHeight() - 1));
        int w = Math.min(width, image.getWidth() - x0);
        int h = Math.min(height, image.getHeight() - y0);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, -x0, -y0, null);
        g.dispose();
        return out;
    }

    static Variant mirrored(BufferedImage src, double cx, double cy) {
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, src.getWidth(), 0);
        return transformed("mirror", src, flip, src.getWidth(), src.getHeight(), cx, cy, 1);
    }

    static Variant rotated(BufferedImage src, double cx, double cy, double degrees) {
        AffineTransform rotation = AffineTransform.getRotateInstance(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
        return transformed(String.format("rotate%+.0f", degrees), src, rotation, src.getWidth(), src.getHeight(), cx, cy, 1);
    }

    static Variant resized(BufferedImage src, double cx, double cy, double factor) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(src.getHeight() * factor));
        AffineTransform scale = AffineTransform.getScaleInstance(w / (double) src.getWidth(), h / (double) src.getHeight());
        return transformed("resize" + Math.round(factor * 100) + "%", src, scale, w, h, cx, cy, factor);
    }

    private static Variant transformed(String name, BufferedImage src, AffineTransform t, int w, int h, double cx, double cy,
            double scale) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, t, null);
        g.dispose();
        Point2D centre = t.transform(new Point2D.Double(cx, cy), null);
        return new Variant(name, out, centre.getX(), centre.getY(), scale);
    }

    /** Every channel shifted by {@code delta}, clamped to 0..255. */
    static BufferedImage brightness(BufferedImage src, int delta) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] rgb = src.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = clamp(((p >> 16) & 0xff) + delta);
            int gr = clamp(((p >> 8) & 0xff) + delta);
            int b = clamp((p & 0xff) + delta);
            rgb[i] = (r << 16) | (gr << 8) | b;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }

    /** Encoded as baseline JPEG at {@code quality} (0..1) with the JDK's writer and decoded again. */
    static BufferedImage jpeg(BufferedImage src, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(src, null, null), param);
            } finally {
                writer.dispose();
            }
            return rgb(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image as packed RGB (a copy unless it already is). */
    static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
