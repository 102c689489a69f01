package dev.neuralode.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns a picture into a point set: pixels are chosen with probability proportional to their
 * darkness (1 - luminance, times opacity), and each point is jittered uniformly within its pixel.
 * The image is fitted, aspect ratio kept, into the square {@code [-extent, extent]^2}, y pointing up.
 */
public final class ImagePoints {

    /** Pixels decoded at most: a larger picture is read subsampled, every k-th pixel of every k-th row. */
    static final long PIXEL_BUDGET = 4_000_000;
    /** Pixels a picture may have at all: decoding a larger one would take minutes even subsampled. */
    static final long MAX_PIXELS = 64_000_000;

    private ImagePoints() {
    }

    /**
     * @throws DataFileException when the file is not a readable PNG or JPEG, or has no dark pixels
     */
    public static PointSet sample(Path file, int n, double extent, RandomGenerator rng) throws DataFileException {
        if (n <= 0 || !(extent > 0)) {
            throw new IllegalArgumentException("need a positive number of points and extent, were " + n + " and " + extent);
        }
        BufferedImage image = decode(file);
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

    /**
     * The picture, read whole up to {@link #PIXEL_BUDGET} pixels and subsampled above it; its size is
     * read from the header first, so that a picture of huge dimensions in a small file is refused
     * before any pixel is decoded.
     */
    static BufferedImage decode(Path file) throws DataFileException {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file, 0, "is not a file; choose a PNG or JPEG file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataFileException(file, 0, "is not an image this program can read; use a PNG or JPEG file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > MAX_PIXELS) {
                    throw new DataFileException(file, 0, String.format(Locale.ROOT, "is %,d x %,d pixels, more than the %,d million this"
                            + " program reads; scale it down (to at most %,d pixels on its longer side at this aspect ratio) and try again",
                            w, h, MAX_PIXELS / 1_000_000, (long) Math.sqrt(MAX_PIXELS * (double) Math.max(w, h) / Math.min(w, h))));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int k = (int) Math.ceil(Math.sqrt(w * h / (double) PIXEL_BUDGET));
                if (k > 1) {
                    param.setSourceSubsampling(k, k, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DataFileException(file, 0, "cannot be read as an image (" + e.getMessage() + "); use a PNG or JPEG file");
        }
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
