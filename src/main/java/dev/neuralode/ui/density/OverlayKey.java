package dev.neuralode.ui.density;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The key to the heatmap's overlays, painted in the plot's top-left corner (where the density is
 * usually faint) on a dark plate: one row per overlay shown, with a swatch in its colour; for the
 * vector field a slow-to-fast colour bar and the fastest speed, since its arrows are coloured and
 * scaled by speed. Nothing is painted when no overlay is shown.
 */
final class OverlayKey {

    private static final Font FONT = Font.font(11);
    private static final double ROW = 16;
    private static final double PAD = 6;
    private static final double SWATCH = 22;

    /** One row: a swatch (a dot, a line or a colour bar) and its text. */
    private record Row(Paint paint, boolean line, String text) {
    }

    private OverlayKey() {
    }

    /** @param fastest the vector field's fastest speed, or NaN when the field is still or hidden */
    static void paint(GraphicsContext gc, OverlayPainter.Layers shown, double fastest) {
        List<Row> rows = new ArrayList<>();
        if (shown.data()) {
            rows.add(new Row(OverlayPainter.DATA, false, "target data"));
        }
        if (shown.samples()) {
            rows.add(new Row(OverlayPainter.SAMPLE, false, "model samples at s"));
        }
        if (shown.trajectories()) {
            rows.add(new Row(OverlayPainter.PATH, true, "trajectories from the base, dot at s"));
        }
        if (shown.arrows() && Double.isFinite(fastest)) {
            Paint bar = new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                    new Stop(0, OverlayPainter.speedColour(0)), new Stop(1, OverlayPainter.speedColour(1)));
            rows.add(new Row(bar, true, String.format(Locale.ROOT,
                    "velocity at s: longer and whiter = faster (fastest %.3g)", fastest)));
        }
        if (rows.isEmpty()) {
            return;
        }
        Text measure = new Text();
        measure.setFont(FONT);
        double textWidth = 0;
        for (Row r : rows) {
            measure.setText(r.text());
            textWidth = Math.max(textWidth, measure.getLayoutBounds().getWidth());
        }
        gc.save();
        gc.setFill(Color.rgb(0, 0, 0, 0.6));
        gc.fillRoundRect(PAD, PAD, SWATCH + textWidth + 4 * PAD, ROW * rows.size() + PAD, 6, 6);
        gc.setFont(FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double x = 2 * PAD;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = PAD + ROW * i + ROW / 2 + PAD / 2;
            if (r.line()) {
                gc.setFill(r.paint());
                gc.fillRect(x, y - (r.paint() instanceof LinearGradient ? 3 : 1), SWATCH,
                        r.paint() instanceof LinearGradient ? 6 : 2);
            } else {
                gc.setFill(r.paint());
                gc.fillOval(x + SWATCH / 2 - 3, y - 3, 6, 6);
            }
            gc.setFill(Color.WHITE);
            gc.fillText(r.text(), x + SWATCH + PAD, y);
        }
        gc.restore();
    }
}
