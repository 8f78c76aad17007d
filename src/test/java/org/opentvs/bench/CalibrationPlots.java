package org.opentvs.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** The DET curve and the two score histograms of a calibration run, drawn with Java2D into PNG files. */
final class CalibrationPlots {

    private static final int W = 900;
    private static final int H = 650;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color GENUINE = new Color(0x1f77b4);
    private static final Color IMPOSTOR = new Color(0xd62728);

    private CalibrationPlots() {
    }

    /**
     * DET curve on log-log axes (FMR across, FNMR up), thresholds shown negated back when the scores are negated similarities. A rate of zero cannot sit on a log axis: it is
     * drawn on the axis floor, half a comparison below the smallest non-zero rate, and says so.
     */
    static void det(Path file, String title, CalibrationStats stats, double[] targets, boolean negated) throws IOException {
        double fmrFloor = 0.5 / stats.impostorCount();
        double fnmrFloor = 0.5 / stats.genuineCount();
        double xMin = Math.floor(Math.log10(fmrFloor));
        double yMin = Math.floor(Math.log10(fnmrFloor));
        BufferedImage img = canvas();
        Graphics2D g = graphics(img);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        // axes: unclamped for the grid; data: a zero rate sits on the floor
        java.util.function.DoubleUnaryOperator ax = v -> LEFT + (Math.log10(v) - xMin) / -xMin * pw;
        java.util.function.DoubleUnaryOperator ay = v -> TOP + ph - (Math.log10(v) - yMin) / -yMin * ph;
        java.util.function.DoubleUnaryOperator px = v -> ax.applyAsDouble(Math.max(v, fmrFloor));
        java.util.function.DoubleUnaryOperator py = v -> ay.applyAsDouble(Math.max(v, fnmrFloor));
        g.setColor(new Color(0xdddddd));
        for (int e = (int) xMin; e <= 0; e++) {
            int x = (int) ax.applyAsDouble(Math.pow(10, e));
            g.drawLine(x, TOP, x, TOP + ph);
        }
        for (int e = (int) yMin; e <= 0; e++) {
            int y = (int) ay.applyAsDouble(Math.pow(10, e));
            g.drawLine(LEFT, y, LEFT + pw, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int e = (int) xMin; e <= 0; e++) {
            int x = (int) ax.applyAsDouble(Math.pow(10, e));
            g.drawString("1e" + e, x - 12, TOP + ph + 18);
        }
        for (int e = (int) yMin; e <= 0; e++) {
            int y = (int) ay.applyAsDouble(Math.pow(10, e));
            g.drawString("1e" + e, LEFT - 40, y + 5);
        }
        g.drawString("FMR (impostor comparisons accepted; 0 drawn at " + String.format("%.1e", fmrFloor) + ")", LEFT + 120, H - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("FNMR (genuine comparisons rejected; 0 drawn at " + String.format("%.1e", fnmrFloor) + ")", -TOP - ph + 10, 25);
        g.rotate(Math.PI / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 30);

        Path2D curve = new Path2D.Double();
        List<CalibrationStats.Point> points = stats.det();
        boolean first = true;
        for (CalibrationStats.Point p : points) {
            double x = px.applyAsDouble(p.fmr());
            double y = py.applyAsDouble(p.fnmr());
            if (first) {
                curve.moveTo(x, y);
                first = false;
            } else {
                curve.lineTo(x, y);
            }
        }
        g.setColor(GENUINE);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(curve);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int legend = 0;
        for (double target : targets) {
            double t = stats.thresholdFor(target, 0.001);
            double x = ax.applyAsDouble(target);
            g.setColor(new Color(0x888888));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{5f, 4f}, 0f));
            g.drawLine((int) x, TOP, (int) x, TOP + ph);
            double fnmr = stats.fnmr(t);
            double y = py.applyAsDouble(fnmr);
            g.setColor(IMPOSTOR);
            g.fillOval((int) px.applyAsDouble(stats.fmr(t)) - 4, (int) y - 4, 8, 8);
            String label = String.format("FMR <= %.0e: threshold %.3f, FNMR %.4f%s", target, negated ? -t : t, fnmr,
                    stats.estimable(target) ? "" : " (too few impostors to estimate)");
            g.drawString(label, LEFT + pw - 10 - g.getFontMetrics().stringWidth(label), TOP + 20 + 16 * legend++);
        }
        g.dispose();
        write(img, file);
    }

    /** Overlaid histograms of the genuine and impostor scores in the engine's own measure, with the chosen threshold. */
    static void distributions(Path file, String title, String measure, double[] genuine, double[] impostor, double threshold)
            throws IOException {
        double lo = Math.min(min(genuine), min(impostor));
        double hi = Math.max(max(genuine), max(impostor));
        double pad = (hi - lo) * 0.03 + 1e-9;
        lo -= pad;
        hi += pad;
        int bins = 60;
        double[] gh = histogram(genuine, lo, hi, bins);
        double[] ih = histogram(impostor, lo, hi, bins);
        double top = Math.max(max(gh), max(ih));
        BufferedImage img = canvas();
        Graphics2D g = graphics(img);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        double binW = pw / (double) bins;
        for (int pass = 0; pass < 2; pass++) {
            double[] h = pass == 0 ? ih : gh;
            Color c = pass == 0 ? IMPOSTOR : GENUINE;
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            for (int b = 0; b < bins; b++) {
                int bh = (int) Math.round(h[b] / top * ph);
                g.fillRect((int) (LEFT + b * binW), TOP + ph - bh, (int) Math.ceil(binW), bh);
            }
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i <= 10; i++) {
            double v = lo + (hi - lo) * i / 10;
            int x = (int) (LEFT + pw * i / 10.0);
            g.drawLine(x, TOP + ph, x, TOP + ph + 5);
            g.drawString(String.format("%.2f", v), x - 14, TOP + ph + 20);
        }
        g.drawString(measure + " (share of each set per bin, scaled to the tallest bin)", LEFT + 150, H - 25);
        int tx = (int) (LEFT + (threshold - lo) / (hi - lo) * pw);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 4f}, 0f));
        g.drawLine(tx, TOP, tx, TOP + ph);
        g.drawString(String.format("threshold %.3f (FMR <= 1e-3)", threshold), tx + 5, TOP + 15);
        g.setColor(GENUINE);
        g.drawString("genuine (pseudo-genuine renderings), n=" + genuine.length, LEFT + 10, TOP + 35);
        g.setColor(IMPOSTOR);
        g.drawString("impostor (different faces), n=" + impostor.length, LEFT + 10, TOP + 52);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 30);
        g.dispose();
        write(img, file);
    }

    private static double[] histogram(double[] values, double lo, double hi, int bins) {
        double[] h = new double[bins];
        for (double v : values) {
            int b = (int) ((v - lo) / (hi - lo) * bins);
            h[Math.max(0, Math.min(bins - 1, b))] += 1.0 / values.length;
        }
        return h;
    }

    private static BufferedImage canvas() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static void write(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
