package dev.neuralode.data;

import java.util.List;

/**
 * Turns pen strokes into a 28 x 28 image that looks like an MNIST digit, so that a classifier trained
 * on MNIST can read a digit drawn with the mouse. MNIST's own preparation (LeCun, Cortes and Burges,
 * "The MNIST database of handwritten digits"): each digit was size-normalised to fit a 20 x 20 box,
 * keeping its aspect ratio, anti-aliased to grey levels, and placed in the 28 x 28 field so that its
 * centre of mass lies at the field's centre. Here the strokes are drawn with a round pen of
 * {@link #PEN_RADIUS} pixels (MNIST strokes are two to three pixels wide), and each pixel's grey level
 * is the fraction of its area the pen covers, estimated on a 4 x 4 grid of samples per pixel.
 *
 * <p>A stroke is a polyline {@code x0, y0, x1, y1, ...} in any coordinates with y pointing down (a
 * canvas's); a stroke of one point is a dot.
 */
public final class DigitRaster {

    public static final int SIZE = MnistImages.ROWS;
    /** The side of the box the digit's ink is fitted into. */
    static final double BOX = 20;
    /** The pen's radius in output pixels. */
    static final double PEN_RADIUS = 1.25;
    private static final int SAMPLES = 4;

    private DigitRaster() {
    }

    /**
     * The image in [0, 1], row-major (the layout of {@link MnistImages#batch}); all zeros when there is
     * no stroke.
     */
    public static float[] rasterize(List<double[]> strokes) {
        double[] box = bounds(strokes);
        if (box == null) {
            return new float[SIZE * SIZE];
        }
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        double extent = Math.max(width, height);
        // The ink, pen included, fits the 20-pixel box: the path's extent gets 20 minus the pen's width.
        double scale = extent == 0 ? 1 : (BOX - 2 * PEN_RADIUS) / extent;
        double[][] segments = segments(strokes, scale, box[0] + width / 2, box[1] + height / 2);
        // First drawn centred on its box; then shifted so that its centre of mass lands on the centre.
        float[] first = draw(segments, SIZE / 2.0, SIZE / 2.0);
        double[] mass = centreOfMass(first);
        return draw(segments, SIZE - mass[0], SIZE - mass[1]);
    }

    /** The centre of mass {@code (x, y)} of an image, in pixel coordinates (pixel centres at k + 0.5). */
    static double[] centreOfMass(float[] image) {
        double total = 0;
        double sx = 0;
        double sy = 0;
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                double v = image[r * SIZE + c];
                total += v;
                sx += v * (c + 0.5);
                sy += v * (r + 0.5);
            }
        }
        return total == 0 ? new double[] {SIZE / 2.0, SIZE / 2.0} : new double[] {sx / total, sy / total};
    }

    private static double[] bounds(List<double[]> strokes) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean any = false;
        for (double[] stroke : strokes) {
            if (stroke.length % 2 != 0) {
                throw new IllegalArgumentException("a stroke holds x, y pairs; this one has " + stroke.length + " numbers");
            }
            for (int i = 0; i < stroke.length; i += 2) {
                if (!Double.isFinite(stroke[i]) || !Double.isFinite(stroke[i + 1])) {
                    throw new IllegalArgumentException("a stroke point is not finite: " + stroke[i] + ", " + stroke[i + 1]);
                }
                box[0] = Math.min(box[0], stroke[i]);
                box[1] = Math.min(box[1], stroke[i + 1]);
                box[2] = Math.max(box[2], stroke[i]);
                box[3] = Math.max(box[3], stroke[i + 1]);
                any = true;
            }
        }
        return any ? box : null;
    }

    /** Each stroke's segments {x0, y0, x1, y1} relative to the path's centre, scaled to output pixels. */
    private static double[][] segments(List<double[]> strokes, double scale, double cx, double cy) {
        return strokes.stream().filter(s -> s.length > 0).flatMap(s -> {
            int points = s.length / 2;
            int count = Math.max(1, points - 1);
            double[][] out = new double[count][];
            for (int k = 0; k < count; k++) {
                int a = 2 * k;
                int b = 2 * Math.min(k + 1, points - 1);
                out[k] = new double[] {(s[a] - cx) * scale, (s[a + 1] - cy) * scale, (s[b] - cx) * scale, (s[b + 1] - cy) * scale};
            }
            return java.util.Arrays.stream(out);
        }).toArray(double[][]::new);
    }

    /** Coverage of each pixel by the pen along the segments, with the path's centre at {@code (x0, y0)}. */
    private static float[] draw(double[][] segments, double x0, double y0) {
        float[] image = new float[SIZE * SIZE];
        double r2 = PEN_RADIUS * PEN_RADIUS;
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                int covered = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double px = c + (sx + 0.5) / SAMPLES - x0;
                        double py = r + (sy + 0.5) / SAMPLES - y0;
                        if (nearAny(segments, px, py, r2)) {
                            covered++;
                        }
                    }
                }
                image[r * SIZE + c] = covered / (float) (SAMPLES * SAMPLES);
            }
        }
        return image;
    }

    private static boolean nearAny(double[][] segments, double px, double py, double r2) {
        for (double[] s : segments) {
            if (distanceSquared(s, px, py) <= r2) {
                return true;
            }
        }
        return false;
    }

    /** The squared distance from {@code (px, py)} to the segment {@code s}. */
    private static double distanceSquared(double[] s, double px, double py) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - s[0]) * dx + (py - s[1]) * dy) / length2));
        double ex = s[0] + t * dx - px;
        double ey = s[1] + t * dy - py;
        return ex * ex + ey * ey;
    }
}
