package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.DensityGrid;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A labelled grid of density pictures laid out like the paper's Figures 4 and 5 (Chen et al. 2018):
 * one row per dataset, one column per model, names above the columns and left of the rows. Each
 * cell is {@link DensityPng}'s rendering, scaled to its own peak; a missing cell (a model that
 * failed) stays grey.
 */
final class FigureGrid {

    private static final int TOP = 22;
    private static final int LEFT = 96;
    private static final int GAP = 4;

    private FigureGrid() {
    }

    /** Writes the grid; {@code cells.get(r).get(c)} is the picture of row r, column c, or null. */
    static void write(Path file, List<String> columns, List<String> rows, List<List<DensityGrid>> cells, int scale)
            throws IOException {
        int side = cells.stream().flatMap(List::stream).filter(g -> g != null).findFirst()
                .map(DensityGrid::n).orElse(1) * scale;
        BufferedImage image = new BufferedImage(LEFT + columns.size() * (side + GAP), TOP + rows.size() * (side + GAP),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int c = 0; c < columns.size(); c++) {
            int width = g.getFontMetrics().stringWidth(columns.get(c));
            g.drawString(columns.get(c), LEFT + c * (side + GAP) + (side - width) / 2, TOP - 6);
        }
        for (int r = 0; r < rows.size(); r++) {
            int top = TOP + r * (side + GAP);
            g.drawString(rows.get(r), 6, top + side / 2);
            for (int c = 0; c < columns.size(); c++) {
                DensityGrid cell = cells.get(r).get(c);
                int left = LEFT + c * (side + GAP);
                if (cell == null) {
                    g.setColor(Color.LIGHT_GRAY);
                    g.fillRect(left, top, side, side);
                    g.setColor(Color.BLACK);
                } else {
                    DensityPng.paint(image, cell, left, top, side / cell.n());
                }
            }
        }
        g.dispose();
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }
}
