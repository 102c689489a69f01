package dev.neuralode.ui.classifier;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The square a digit is drawn on with the mouse, white on black as MNIST digits are. Strokes are kept
 * in units of the pad's side, so that they stay in place when the pad is resized; the pen is as wide,
 * relative to the pad, as MNIST's strokes are relative to the digit's 28 pixels.
 */
final class DigitPad extends Region {

    /** The pen's width as a fraction of the side: MNIST strokes are 2 to 3 pixels of 28. */
    private static final double PEN = 2.6 / 28;

    private final DrawingViewModel vm;
    private final Canvas canvas = new Canvas();

    DigitPad(DrawingViewModel vm) {
        this.vm = vm;
        setId("mnistDigitPad");
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(240, 240);
        vm.strokesRevisionProperty().addListener((o, a, b) -> redraw());
        setOnMousePressed(e -> pen(e, true));
        setOnMouseDragged(e -> pen(e, false));
        setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.end();
            }
        });
    }

    private double side() {
        return Math.min(getWidth(), getHeight());
    }

    private double left() {
        return (getWidth() - side()) / 2;
    }

    private double top() {
        return (getHeight() - side()) / 2;
    }

    private void pen(MouseEvent e, boolean down) {
        if (e.getButton() != MouseButton.PRIMARY || side() < 1) {
            return;
        }
        double x = clamp((e.getX() - left()) / side());
        double y = clamp((e.getY() - top()) / side());
        if (down) {
            vm.begin(x, y);
        } else {
            vm.extend(x, y);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double s = side();
        if (s < 2) {
            return;
        }
        double x0 = left();
        double y0 = top();
        gc.setFill(Color.rgb(18, 18, 18));
        gc.fillRect(x0, y0, s, s);
        List<double[]> strokes = vm.strokes();
        if (strokes.isEmpty()) {
            gc.setFill(Color.rgb(150, 150, 150));
            gc.setFont(Font.font(13));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("Draw a digit here", x0 + s / 2, y0 + s / 2);
            return;
        }
        gc.setStroke(Color.WHITE);
        gc.setFill(Color.WHITE);
        gc.setLineWidth(PEN * s);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (double[] stroke : strokes) {
            if (stroke.length == 2) {
                double r = PEN * s / 2;
                gc.fillOval(x0 + stroke[0] * s - r, y0 + stroke[1] * s - r, 2 * r, 2 * r);
                continue;
            }
            gc.beginPath();
            gc.moveTo(x0 + stroke[0] * s, y0 + stroke[1] * s);
            for (int i = 2; i < stroke.length; i += 2) {
                gc.lineTo(x0 + stroke[i] * s, y0 + stroke[i + 1] * s);
            }
            gc.stroke();
        }
    }
}
