package dev.neuralode.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;

/**
 * Turns a picture into a point set: pixels are chosen with probability proportional to their
 * darkness (1 - luminance, times opacity), and each point is jittered uniformly within its pixel.
 * The image is fitted, aspect ratio kept, into the square {@code [-extent, extent]^2}, y pointing up.
 */
public final class ImagePoints {

    private ImagePoints() {
    }

    /**
     * @throws DataFileException when the file is not a readable PNG or JPEG, or has no dark pixels
     */
    public static PointSet sample(Path file, int n, double extent, RandomGenerator rng) throws DataFileException {
        if (n <= 0 || !(extent > 0)) {
            throw new IllegalArgumentException("need a positive number of points and extent, were " + n + " and " + extent);
        }
        BufferedImage image;
        try {
            image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be read as an image (" + e.getMessage() + "); use a PNG or JPEG file");
        }
        if (image == null) {
            throw new DataFileException(file, 0, "is not an image this program can read; use a PNG or JPEG file");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        double[] cumulative = new double[w * h];
        double total = 0;
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                total += darkness(image.getRGB(px, py));
                cumulative[py * w + px] = total;
            }
        }
        if (total <= 0) {
            throw new DataFileException(file, 0, "has no dark pixels to sample from; draw dark shapes on a light or transparent background");
        }
        double scale = 2 * extent / Math.max(w, h);
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            int pixel = java.util.Arrays.binarySearch(cumulative, rng.nextDouble() * total);
            pixel = pixel >= 0 ? pixel : -pixel - 1;
            pixel = Math.min(pixel, cumulative.length - 1);
            double px = pixel % w + rng.nextDouble();
            double py = pixel / w + rng.nextDouble();
            xy[2 * i] = (float) ((px - w / 2.0) * scale);
            xy[2 * i + 1] = (float) ((h / 2.0 - py) * scale);
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new PointSet(name, xy);
    }

    /** {@code (1 - luminance) * alpha} in [0, 1], with Rec. 709 luminance weights. */
    static double darkness(int argb) {
        double a = ((argb >>> 24) & 0xff) / 255.0;
        double r = ((argb >> 16) & 0xff) / 255.0;
        double g = ((argb >> 8) & 0xff) / 255.0;
        double b = (argb & 0xff) / 255.0;
        return (1 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * a;
    }
}
