package org.opentvs.bench;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.Comparison;
import org.opentvs.biometric.control.DetectedFace;
import org.opentvs.biometric.control.FaceEngine;

/**
 * Threshold calibration of a face engine on the only face images reachable here: every face of
 * {@code @vladmandic/face-api}'s demo/sample1..6.jpg and Debian python3-skimage's astronaut.png,
 * located by the upstream SSD boxes in {@code faceapi/reference.json} (each face taken to be a
 * different person). Each face gives the photo itself, a 4:3 crop 4 face-widths wide (about a kiosk frame:
 * the tiny detector misses faces much larger than that at its default score) and seven
 * renderings of that crop ({@link FaceVariants}); comparisons within a face are pseudo-genuine,
 * between faces impostor. Prints both distributions, FNMR at FMR 1e-2/1e-3/1e-4 and the threshold
 * for FMR ≤ 1e-3, and writes the DET curve, the histograms and every score under the output
 * directory. A robustness check on unlabelled photos, not an accuracy claim.
 *
 * <p>Arguments: face-api package directory (default
 * {@code $OPENTVS_MODEL_CACHE/face-api-1.7.15/package}, as {@code server-config/ensure-face-models.sh}
 * extracts it), output directory ({@code target/face-calibration}). The engine class is
 * {@code -Dopentvs.calibration.engine} (default {@code org.opentvs.biometric.faceapi.FaceApiEngine});
 * its configuration comes from system properties as in a deployment, see {@link #openEngine}.
 */
public final class FaceCalibration {

    static final double[] TARGETS = {1e-2, 1e-3, 1e-4};
    static final String ASTRONAUT_DEB = "python3-skimage_0.19.3-8";
    private static final double CROP_WIDTHS = 4;
    private static final double MATCH_RADIUS = 0.5;

    /** One face of one photo, by the upstream SSD box. */
    record Identity(String name, double x, double y, double width, double height) {

        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }
    }

    /** A template of one rendering of one face. */
    record Sample(int identity, String rendering, float[] template) {
    }

    private FaceCalibration() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String cache = Optional.ofNullable(System.getenv("OPENTVS_MODEL_CACHE"))
                .orElse(System.getProperty("user.home") + "/.cache/opentvs");
        Path packageDir = Path.of(args.length > 0 ? args[0] : cache + "/face-api-1.7.15/package");
        Path out = Path.of(args.length > 1 ? args[1] : "target/face-calibration");
        if (!Files.isRegularFile(packageDir.resolve("demo/sample1.jpg"))) {
            System.err.println("no demo/sample1.jpg under " + packageDir + ": give the face-api package directory "
                    + "(server-config/ensure-face-models.sh extracts it to $OPENTVS_MODEL_CACHE/face-api-1.7.15/package)");
            System.exit(2);
        }
        String engineClass = System.getProperty("opentvs.calibration.engine", "org.opentvs.biometric.faceapi.FaceApiEngine");
        FaceEngine engine = openEngine(engineClass);
        run(engine, packageDir, Path.of(cache), out);
    }

    /**
     * The engine bean constructed as CDI would outside a container: its public no-argument
     * constructor, every {@code @Inject @ConfigProperty} field from a system property, else the
     * MicroProfile environment variable, else the annotation's default, then its
     * {@code @PostConstruct} methods and its observer methods (for {@code @Initialized}, called with
     * no event). It must then say it is loaded (within 10 minutes, for an engine that loads in the background).
     */
    static FaceEngine openEngine(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        if (!FaceEngine.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a FaceEngine");
        }
        Object bean = type.getConstructor().newInstance();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                ConfigProperty property = f.getAnnotation(ConfigProperty.class);
                if (property != null && f.isAnnotationPresent(Inject.class)) {
                    f.setAccessible(true);
                    f.set(bean, configValue(property, f));
                }
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(PostConstruct.class) && m.getParameterCount() == 0) {
                m.setAccessible(true);
                m.invoke(bean);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.getParameterCount() == 1 && m.getParameters()[0].isAnnotationPresent(Observes.class)) {
                m.setAccessible(true);
                m.invoke(bean, (Object) null);
            }
        }
        FaceEngine engine = (FaceEngine) bean;
        boolean installed = true;
        try {
            installed = !Boolean.FALSE.equals(type.getMethod("installed").invoke(bean));
        } catch (NoSuchMethodException e) {
            // an SPI without installed(): wait for loaded() alone
        }
        long deadline = System.nanoTime() + 600_000_000_000L; // an engine may load in the background
        while (installed && !engine.loaded() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!engine.loaded()) {
            throw new IllegalStateException(className + " did not load (for face-api-dlib: -Dopentvs.biometric.face-api.models="
                    + "the directory server-config/ensure-face-models.sh prints)");
        }
        return engine;
    }

    private static Object configValue(ConfigProperty property, Field field) {
        String name = property.name();
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        if (value == null && !ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue())) {
            value = property.defaultValue();
        }
        Class<?> t = field.getType();
        if (t == Optional.class) {
            if (!(field.getGenericType() instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != String.class) {
                throw new IllegalArgumentException("only Optional<String> config fields are supported: " + field);
            }
            return Optional.ofNullable(value);
        }
        if (value == null) {
            throw new IllegalArgumentException(name + " is not configured (set -D" + name + ")");
        }
        if (t == String.class) {
            return value;
        } else if (t == double.class || t == Double.class) {
            return Double.valueOf(value);
        } else if (t == float.class || t == Float.class) {
            return Float.valueOf(value);
        } else if (t == int.class || t == Integer.class) {
            return Integer.valueOf(value);
        } else if (t == long.class || t == Long.class) {
            return Long.valueOf(value);
        } else if (t == boolean.class || t == Boolean.class) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("config field type not supported: " + field);
    }

    static void run(FaceEngine engine, Path packageDir, Path cache, Path out) throws IOException {
        if (!engine.detectsFaces()) {
            throw new IllegalArgumentException(engine.algorithm() + " does not detect faces");
        }
        System.out.printf(Locale.ROOT, "engine %s %s, comparison %s, configured threshold %.4f%n", engine.algorithm(), engine.version(),
                engine.comparison(), engine.threshold());
        List<Identity> identities = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int photos = 0;
        long started = System.nanoTime();
        JsonObject reference = reference();
        for (JsonObject image : reference.getJsonArray("images").getValuesAs(JsonObject.class)) {
            String file = image.getString("file");
            Optional<Path> located = locate(image, packageDir, cache);
            if (located.isEmpty()) {
                System.out.println("not present, left out: " + file);
                continue;
            }
            byte[] bytes = Files.readAllBytes(located.get());
            if (!sha256(bytes).equals(image.getString("sha256"))) {
                throw new IllegalStateException(located.get() + " is not the image reference.json describes (SHA-256 differs)");
            }
            photos++;
            BufferedImage full = FaceVariants.rgb(ImageIO.read(new ByteArrayInputStream(bytes)));
            List<DetectedFace> onPhoto = engine.detect(full);
            String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]+$", "");
            List<JsonObject> faces = image.getJsonObject("detectors").getJsonArray("ssdMobilenetv1").getValuesAs(JsonObject.class);
            for (int j = 0; j < faces.size(); j++) {
                JsonObject box = faces.get(j).getJsonObject("box");
                Identity id = new Identity(stem + "#" + j, box.getJsonNumber("x").doubleValue(), box.getJsonNumber("y").doubleValue(),
                        box.getJsonNumber("width").doubleValue(), box.getJsonNumber("height").doubleValue());
                int index = identities.size();
                identities.add(id);
                collect(index, "photo", nearest(onPhoto, id.centreX(), id.centreY(), MATCH_RADIUS * id.width()), samples, failures, id);
                double cw = Math.min(CROP_WIDTHS * id.width(), Math.min(full.getWidth(), full.getHeight() * 4.0 / 3));
                double ch = cw * 3 / 4;
                int x0 = (int) Math.round(Math.max(0, Math.min(id.centreX() - cw / 2, full.getWidth() - cw)));
                int y0 = (int) Math.round(Math.max(0, Math.min(id.centreY() - ch / 2, full.getHeight() - ch)));
                BufferedImage crop = FaceVariants.crop(full, x0, y0, (int) Math.round(cw), (int) Math.round(ch));
                for (FaceVariants.Variant v : FaceVariants.of(crop, id.centreX() - x0, id.centreY() - y0)) {
                    List<DetectedFace> found = engine.detect(v.image());
                    collect(index, v.name(), nearest(found, v.centreX(), v.centreY(), MATCH_RADIUS * id.width() * v.scale()), samples,
                            failures, id);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (identities.size() < 2) {
            throw new IllegalStateException("fewer than two faces: are the sample photos at " + packageDir + "?");
        }

        boolean distance = engine.comparison() == Comparison.DISTANCE;
        String measure = distance ? "euclidean distance of unit templates" : "cosine similarity";
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        Map<String, List<Double>> byRendering = new LinkedHashMap<>();
        List<Object[]> closestImpostors = new ArrayList<>();
        java.util.Set<Long> identityPairs = new java.util.HashSet<>();
        for (int a = 0; a < samples.size(); a++) {
            for (int b = a + 1; b < samples.size(); b++) {
                Sample sa = samples.get(a);
                Sample sb = samples.get(b);
                double score = score(sa.template(), sb.template(), distance);
                boolean same = sa.identity() == sb.identity();
                (same ? genuine : impostor).add(distance ? score : -score);
                if (same && sa.rendering().equals("crop")) {
                    byRendering.computeIfAbsent(sb.rendering(), k -> new ArrayList<>()).add(score);
                } else if (same && sb.rendering().equals("crop")) {
                    byRendering.computeIfAbsent(sa.rendering(), k -> new ArrayList<>()).add(score);
                }
                if (!same) {
                    identityPairs.add(Math.min(sa.identity(), sb.identity()) * 100_000L + Math.max(sa.identity(), sb.identity()));
                    closestImpostors.add(new Object[]{score, identities.get(sa.identity()).name() + " " + sa.rendering(),
                            identities.get(sb.identity()).name() + " " + sb.rendering()});
                }
                rows.add(new String[]{same ? "genuine" : "impostor", identities.get(sa.identity()).name(), sa.rendering(),
                        identities.get(sb.identity()).name(), sb.rendering(), String.format(Locale.ROOT, "%.6f", score)});
            }
        }
        CalibrationStats stats = new CalibrationStats(toArray(genuine), toArray(impostor));

        System.out.printf(Locale.ROOT,
                "photos %d, faces (identities) %d, renderings per face %d (photo, %.0f-face-width crop, 7 of the crop), templates %d, "
                        + "failures to acquire %d (%.1f%%), %.1f s%n",
                photos, identities.size(), 2 + 7, CROP_WIDTHS, samples.size(), failures.size(),
                100.0 * failures.size() / (samples.size() + failures.size()), seconds);
        Map<String, Integer> missedByRendering = new LinkedHashMap<>();
        for (String f : failures) {
            missedByRendering.merge(f.substring(f.indexOf(' ') + 1), 1, Integer::sum);
        }
        if (!failures.isEmpty()) {
            System.out.println("  no face found near the expected place, by rendering: " + missedByRendering);
            List<String> never = new ArrayList<>();
            for (int i = 0; i < identities.size(); i++) {
                int index = i;
                if (samples.stream().noneMatch(sm -> sm.identity() == index)) {
                    never.add(identities.get(i).name());
                }
            }
            System.out.println("  faces without any template: " + (never.isEmpty() ? "none" : String.join(" ", never)));
        }
        System.out.printf(Locale.ROOT,
                "comparisons: genuine %d (pseudo-genuine, within a face), impostor %d (between faces, from %d distinct face pairs)%n",
                stats.genuineCount(), stats.impostorCount(), identityPairs.size());
        System.out.println("scores: " + measure + (distance ? " (lower = closer)" : " (higher = closer)"));
        printDistribution("genuine ", measureOf(stats.genuine(), distance));
        printDistribution("impostor", measureOf(stats.impostor(), distance));
        System.out.println("genuine score against the face's crop, by rendering:");
        for (Map.Entry<String, List<Double>> e : byRendering.entrySet()) {
            double[] v = toArray(e.getValue());
            java.util.Arrays.sort(v);
            System.out.printf(Locale.ROOT, "  %-12s n=%-3d min %.4f  mean %.4f  max %.4f%n", e.getKey(), v.length, v[0], mean(v),
                    v[v.length - 1]);
        }
        double chosen = Double.NaN;
        for (double target : TARGETS) {
            double t = stats.thresholdFor(target, 0.001);
            String note = stats.estimable(target)
                    ? ""
                    : String.format(Locale.ROOT, "  -- too few impostor comparisons to estimate FMR %.0e (%d < 3/FMR = %.0f): not measured",
                            target, stats.impostorCount(), 3 / target);
            if (stats.estimable(target) && identityPairs.size() < 3 / target) {
                note = String.format(Locale.ROOT, "  -- only %d distinct face pairs behind them (< 3/FMR = %.0f): optimistic",
                        identityPairs.size(),
                        3 / target);
            }
            System.out.printf(Locale.ROOT, "FMR <= %.0e: threshold %.3f, false matches allowed %d, measured FMR %.2e, FNMR %.4f%s%n",
                    target,
                    distance ? t : -t, stats.allowedFalseMatches(target), stats.fmr(t), stats.fnmr(t), note);
            if (target == 1e-3) {
                chosen = distance ? t : -t;
            }
        }
        System.out.printf(Locale.ROOT, "threshold for FMR <= 1e-3: %.3f (%s)%n", chosen,
                distance ? "match when distance <= it" : "match when cosine >= it");
        double configured = distance ? engine.threshold() : -engine.threshold();
        System.out.printf(Locale.ROOT, "at the engine's configured threshold %.4f: FMR %.2e, FNMR %.4f%n", engine.threshold(),
                stats.fmr(configured),
                stats.fnmr(configured));
        closestImpostors.sort(Comparator.comparingDouble(o -> distance ? (double) o[0] : -(double) o[0]));
        System.out.println("closest impostor comparisons:");
        for (int i = 0; i < Math.min(5, closestImpostors.size()); i++) {
            Object[] o = closestImpostors.get(i);
            System.out.printf(Locale.ROOT, "  %.4f  %s  vs  %s%n", (double) o[0], o[1], o[2]);
        }

        Files.createDirectories(out);
        String title = engine.algorithm() + " " + engine.version() + ": " + identities.size()
                + " faces of the package photos, pseudo-genuine renderings";
        CalibrationPlots.det(out.resolve("det.png"), "DET, " + title, stats, TARGETS, !distance);
        CalibrationPlots.distributions(out.resolve("distributions.png"), title, measure, measureOf(stats.genuine(), distance),
                measureOf(stats.impostor(), distance), chosen);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("scores.csv"), StandardCharsets.UTF_8))) {
            w.println("kind,face_a,rendering_a,face_b,rendering_b," + (distance ? "distance" : "cosine"));
            for (String[] r : rows) {
                w.println(String.join(",", r));
            }
        }
        System.out.println("wrote " + out.resolve("det.png") + ", " + out.resolve("distributions.png") + ", " + out.resolve("scores.csv"));
    }

    static JsonObject reference() throws IOException {
        try (InputStream in = FaceCalibration.class.getResourceAsStream("/faceapi/reference.json")) {
            if (in == null) {
                throw new IOException("faceapi/reference.json is not on the class path");
            }
            try (JsonReader r = Json.createReader(in)) {
                return r.readObject();
            }
        }
    }

    /** Where an image of reference.json is here: in the npm package, installed by Debian, or unpacked by server-config/face-reference/astronaut.sh. */
    static Optional<Path> locate(JsonObject image, Path packageDir, Path cache) {
        String file = image.getString("file");
        List<Path> candidates = "npm".equals(image.getString("source"))
                ? List.of(packageDir.resolve(file))
                : List.of(Path.of(file), cache.resolve("debian").resolve(ASTRONAUT_DEB).resolve(file.replaceFirst("^/", "")));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** The detected face whose box centre is nearest to (x, y), if within {@code radius}. */
    static Optional<DetectedFace> nearest(List<DetectedFace> faces, double x, double y, double radius) {
        DetectedFace best = null;
        double bestDistance = radius;
        for (DetectedFace f : faces) {
            double d = Math.hypot(f.x() + f.width() / 2 - x, f.y() + f.height() / 2 - y);
            if (d <= bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void collect(int identity, String rendering, Optional<DetectedFace> face, List<Sample> samples, List<String> failures,
            Identity id) {
        if (face.isPresent()) {
            samples.add(new Sample(identity, rendering, face.get().template()));
        } else {
            failures.add(id.name() + " " + rendering);
        }
    }

    static double score(float[] a, float[] b, boolean distance) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("templates of different lengths");
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += distance ? (a[i] - b[i]) * (double) (a[i] - b[i]) : a[i] * (double) b[i];
        }
        return distance ? Math.sqrt(sum) : sum;
    }

    private static double[] measureOf(double[] dissimilarity, boolean distance) {
        double[] v = dissimilarity.clone();
        if (!distance) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
            java.util.Arrays.sort(v);
        }
        return v;
    }

    private static void printDistribution(String label, double[] sorted) {
        System.out.printf(Locale.ROOT,
                "  %s n=%-6d min %.4f  p1 %.4f  p5 %.4f  p50 %.4f  p95 %.4f  p99 %.4f  max %.4f  mean %.4f  sd %.4f%n", label,
                sorted.length, sorted[0], CalibrationStats.quantile(sorted, 0.01), CalibrationStats.quantile(sorted, 0.05),
                CalibrationStats.quantile(sorted, 0.5), CalibrationStats.quantile(sorted, 0.95), CalibrationStats.quantile(sorted, 0.99),
                sorted[sorted.length - 1], mean(sorted), sd(sorted));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / Math.max(1, v.length - 1));
    }

    private static double[] toArray(List<Double> values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        return v;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
