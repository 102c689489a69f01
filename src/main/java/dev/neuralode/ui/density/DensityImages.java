package dev.neuralode.ui.density;

import dev.neuralode.train.DensityGrid;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Renders density grids to images without the FX toolkit (so exports run on a worker thread): one
 * grid, y up, each cell {@code scale} pixels, labelled with its s; or a strip of grids side by side.
 */
final class DensityImages {

    private static final int GAP = 4;

    private DensityImages() {
    }

    static BufferedImage frame(DensityGrid grid, int scale) {
        int n = grid.n();
        BufferedImage image = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
        paint(image, grid, 0, scale);
        label(image, 0, grid.s());
        return image;
    }

    static BufferedImage strip(List<DensityGrid> grids, int scale) {
        int side = grids.get(0).n() * scale;
        BufferedImage image = new BufferedImage(grids.size() * (side + GAP) - GAP, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        for (int k = 0; k < grids.size(); k++) {
            paint(image, grids.get(k), k * (side + GAP), scale);
            label(image, k * (side + GAP), grids.get(k).s());
        }
        return image;
    }

    private static void paint(BufferedImage image, DensityGrid grid, int left, int scale) {
        int n = grid.n();
        double[] v = DensityColours.clipped(grid);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        double floor = max - DensityColours.LOG_RANGE;
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int rgb = DensityColours.rgb((v[iy * n + ix] - floor) / DensityColours.LOG_RANGE);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(left + ix * scale + dx, (n - 1 - iy) * scale + dy, rgb);
                    }
                }
            }
        }
    }

    private static void label(BufferedImage image, int left, double s) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(255, 255, 255, 210));
        g.drawString(String.format(Locale.ROOT, "s = %.2f", s), left + 6, 17);
        g.dispose();
    }
}
