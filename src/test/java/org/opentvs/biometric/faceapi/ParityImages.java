package org.opentvs.biometric.faceapi;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.opentvs.biometric.control.FaceImages;

/**
 * The parity images: face-api's demo photos decoded by OpenTVS's own decoder ({@link FaceImages},
 * ImageIO) and written losslessly as PNG, so the upstream pipeline and ours see the very same
 * pixels (JPEG decoders differ by a few levels, which moves descriptors by ~1e-2). Run once to
 * produce the input of {@code server-config/face-models/parity-reference.cjs}:
 * {@code java -cp target/classes:target/test-classes:... org.opentvs.biometric.faceapi.ParityImages PACKAGE_ROOT OUT_DIR}.
 */
public final class ParityImages {

    static final List<String> SAMPLES = List.of("demo/sample1.jpg", "demo/sample2.jpg", "demo/sample3.jpg",
            "demo/sample4.jpg", "demo/sample5.jpg", "demo/sample6.jpg");

    private ParityImages() {
    }

    static BufferedImage decode(Path file) throws IOException {
        return FaceImages.withLimits(64 << 20, 50_000_000L, 10_000).decode("jpeg", Files.readAllBytes(file));
    }

    /** SHA-256 of the decoded pixels as R, G, B bytes row by row (what the reference records). */
    static String pixelsSha256(Raster r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] row = new byte[r.width() * 3];
            for (int y = 0; y < r.height(); y++) {
                for (int x = 0; x < r.width(); x++) {
                    int p = r.rgb()[y * r.width() + x];
                    row[3 * x] = (byte) (p >> 16);
                    row[3 * x + 1] = (byte) (p >> 8);
                    row[3 * x + 2] = (byte) p;
                }
                md.update(row);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        for (String sample : SAMPLES) {
            BufferedImage image = decode(root.resolve(sample));
            Path png = out.resolve(Path.of(sample).getFileName().toString().replace(".jpg", ".png"));
            ImageIO.write(image, "png", png.toFile());
            System.out.println(png + " " + pixelsSha256(Raster.of(image)));
        }
    }
}
