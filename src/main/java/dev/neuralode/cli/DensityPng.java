package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.DensityGrid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders density grids as PNG images: {@code p / max p} through a dark-to-bright colour ramp, y
 * pointing up, one pixel per cell scaled up by an integer factor. A strip puts frames side by side.
 */
final class DensityPng {

    /** Anchors of the colour ramp from no density to the peak (black, purple, red, orange, pale yellow). */
    private static final int[][] RAMP = {{0, 0, 4}, {87, 16, 110}, {188, 55, 84}, {249, 142, 9}, {252, 255, 164}};

    private DensityPng() {
    }

    static void write(Path file, List<DensityGrid> frames, int scale) throws IOException {
        int n = frames.get(0).n();
        BufferedImage image = new BufferedImage(n * scale * frames.size(), n * scale, BufferedImage.TYPE_INT_RGB);
        for (int f = 0; f < frames.size(); f++) {
            paint(image, frames.get(f), f * n * scale, 0, scale);
        }
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    /** Paints one grid with its top-left corner at ({@code left}, {@code top}). */
    static void paint(BufferedImage image, DensityGrid grid, int left, int top, int scale) {
        int n = grid.n();
        double max = Double.NEGATIVE_INFINITY;
        for (double l : grid.logDensity()) {
            max = Math.max(max, l);
        }
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                double v = Math.exp(grid.logDensity()[iy * n + ix] - max);
                int rgb = colour(Double.isFinite(v) ? v : 0);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(left + ix * scale + dx, top + (n - 1 - iy) * scale + dy, rgb);
                    }
                }
            }
        }
    }

    /** The ramp's colour at v in [0, 1]. */
    static int colour(double v) {
        double x = Math.max(0, Math.min(1, v)) * (RAMP.length - 1);
        int i = Math.min((int) x, RAMP.length - 2);
        double f = x - i;
        int r = (int) Math.round(RAMP[i][0] + f * (RAMP[i + 1][0] - RAMP[i][0]));
        int g = (int) Math.round(RAMP[i][1] + f * (RAMP[i + 1][1] - RAMP[i][1]));
        int b = (int) Math.round(RAMP[i][2] + f * (RAMP[i + 1][2] - RAMP[i][2]));
        return (r << 16) | (g << 8) | b;
    }
}
