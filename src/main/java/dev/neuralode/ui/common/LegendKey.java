package dev.neuralode.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/**
 * One legend entry: a swatch drawn the way its series is drawn (a line, faint dots under a line,
 * a dot, a cross) and the series' name. Shown in a chart's own header ({@link ChartHeader}), so it
 * is clear which chart it belongs to; ChartFX's legend draws error-bar glyphs in a strip of its own.
 */
public final class LegendKey {

    /** How a series is drawn. */
    public enum Swatch { LINE, DOTS_UNDER_LINE, DOT, CROSS, DASH }

    private static final double WIDTH = 22;
    private static final double HEIGHT = 12;

    private LegendKey() {
    }

    /** A swatch and a name; the label's text can be changed later through the returned node's label. */
    public static HBox of(Swatch swatch, String colour, String text) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        draw(canvas.getGraphicsContext2D(), swatch, Color.web(colour));
        Label label = new Label(text);
        label.getStyleClass().add("legend-key");
        HBox key = new HBox(4, canvas, label);
        key.setAlignment(Pos.CENTER_LEFT);
        key.setMinWidth(HBox.USE_PREF_SIZE);
        return key;
    }

    /** The label of a key made by {@link #of}. */
    public static Label label(Node key) {
        return (Label) ((HBox) key).getChildren().get(1);
    }

    private static void draw(GraphicsContext gc, Swatch swatch, Color colour) {
        double mid = HEIGHT / 2;
        gc.setStroke(colour);
        gc.setFill(colour);
        switch (swatch) {
            case LINE -> {
                gc.setLineWidth(2);
                gc.strokeLine(1, mid, WIDTH - 1, mid);
            }
            case DASH -> {
                gc.setLineWidth(2);
                gc.setLineDashes(4, 3);
                gc.strokeLine(1, mid, WIDTH - 1, mid);
            }
            case DOTS_UNDER_LINE -> {
                gc.setFill(colour.deriveColor(0, 1, 1, 0.45));
                for (double x = 3; x < WIDTH; x += 5) {
                    double y = mid + ((int) x % 2 == 0 ? -3 : 3);
                    gc.fillOval(x - 1.2, y - 1.2, 2.4, 2.4);
                }
                gc.setLineWidth(2);
                gc.strokeLine(1, mid, WIDTH - 1, mid);
            }
            case DOT -> gc.fillOval(WIDTH / 2 - 3, mid - 3, 6, 6);
            case CROSS -> {
                gc.setLineWidth(1.5);
                gc.strokeLine(WIDTH / 2 - 3.5, mid - 3.5, WIDTH / 2 + 3.5, mid + 3.5);
                gc.strokeLine(WIDTH / 2 - 3.5, mid + 3.5, WIDTH / 2 + 3.5, mid - 3.5);
            }
            default -> throw new IllegalArgumentException(swatch.name());
        }
    }
}
