package org.opentvs.biometric.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.RefusalMapper;
import org.opentvs.platform.control.Refusal;

class FaceImagesTest {

    private final FaceImages images = FaceImages.withLimits(1_000_000, 4_000_000, 4000);

    @Test
    void decodesJpegAndPngUpright() throws IOException {
        assertEquals(320, images.decode("jpeg", encode(picture(320, 200), "jpeg")).getWidth());
        BufferedImage png = images.decode("png", encode(picture(64, 48), "png"));
        assertEquals(64, png.getWidth());
        assertEquals(48, png.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, png.getType());
    }

    @Test
    void honoursExifOrientation() throws IOException {
        byte[] jpeg = withExifOrientation(encode(picture(320, 200), "jpeg"), 6);
        BufferedImage upright = images.decode("jpeg", jpeg);
        assertEquals(200, upright.getWidth());
        assertEquals(320, upright.getHeight());
        BufferedImage asStored = images.decode("jpeg", withExifOrientation(encode(picture(320, 200), "jpeg"), 1));
        assertEquals(320, asStored.getWidth());
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecoding() {
        Refusal e = assertThrows(Refusal.class, () -> images.decode("png", pngHeaderOnly(100_000, 100_000)));
        assertEquals("IMAGE_TOO_MANY_PIXELS", e.code());
        assertEquals(422, RefusalMapper.status(e.reason()));
    }

    @Test
    void refusesTruncatedAndUndecodableImages() throws IOException {
        byte[] jpeg = encode(picture(320, 200), "jpeg");
        assertEquals("IMAGE_TRUNCATED", assertThrows(Refusal.class,
                () -> images.decode("jpeg", Arrays.copyOf(jpeg, jpeg.length / 2))).code());
        byte[] garbage = new byte[400];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        garbage[398] = (byte) 0xFF;
        garbage[399] = (byte) 0xD9;
        assertEquals("IMAGE_UNDECODABLE", assertThrows(Refusal.class, () -> images.decode("jpeg", garbage)).code());
        byte[] png = encode(picture(64, 48), "png");
        assertEquals("IMAGE_UNDECODABLE", assertThrows(Refusal.class,
                () -> images.decode("png", Arrays.copyOf(png, png.length - 30))).code());
    }

    @Test
    void refusesAFormatOtherThanDeclared() throws IOException {
        byte[] png = encode(picture(64, 48), "png");
        assertEquals("IMAGE_FORMAT_MISMATCH", assertThrows(Refusal.class, () -> images.decode("jpeg", png)).code());
        assertEquals("IMAGE_FORMAT_UNSUPPORTED", assertThrows(Refusal.class, () -> images.decode("gif", png)).code());
    }

    @Test
    void refusesTooManyBytesBeforeDecodingBase64() {
        String big = Base64.getEncoder().encodeToString(new byte[1_100_000]);
        Refusal e = assertThrows(Refusal.class, () -> images.bytes(big));
        assertEquals(413, RefusalMapper.status(e.reason()));
        assertEquals("IMAGE_TOO_LARGE", e.code());
        assertEquals("IMAGE_UNDECODABLE", assertThrows(Refusal.class, () -> images.bytes("%%%")).code());
    }

    static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 80);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Inserts an APP1 Exif segment holding one IFD entry, Orientation, right after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0).putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy(new byte[]{'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG that only declares its size: signature, IHDR, IEND (no pixel data is needed to read the header). */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12);
        out.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes());
        crc.update(data);
        out.putInt(data.length).put(type.getBytes()).put(data).putInt((int) crc.getValue());
    }
}
