package dev.neuralode.ui.classifier;

import dev.neuralode.train.DigitReader;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * What the model made of the drawn digit: the 28 x 28 image it was given (small, pixel for pixel),
 * a bar per class with its probability (the predicted class in its colour, the others grey), and the
 * NFE of the solve.
 */
final class ReadingView extends Region {

    /** The image's side: three screen pixels per pixel, two in a narrow column. */
    private static final double IMAGE = 84;
    private static final double SMALL_IMAGE = 56;
    private static final double ROW = 15;

    private final DrawingViewModel vm;
    private final Canvas canvas = new Canvas();
    private DrawingViewModel.Result pictured;
    private Image picture;

    ReadingView(DrawingViewModel vm) {
        this.vm = vm;
        setId("mnistReading");
        getChildren().add(canvas);
        setMinSize(170, 10 * ROW + 14);
        setPrefSize(260, 10 * ROW + 14);
        vm.resultProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        gc.clearRect(0, 0, w, canvas.getHeight());
        DrawingViewModel.Result r = vm.resultProperty().get();
        double side = w < 240 ? SMALL_IMAGE : IMAGE;
        gc.setFill(Color.rgb(18, 18, 18));
        gc.fillRect(0, 0, side, side);
        if (r != null) {
            if (r != pictured) {
                pictured = r;
                picture = DigitColours.picture(r.image());
            }
            gc.setImageSmoothing(false);
            gc.drawImage(picture, 0, 0, side, side);
        }
        gc.setFont(Font.font(11));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(Color.rgb(100, 100, 100));
        gc.fillText("28 x 28, as", 0, side + 4);
        gc.fillText("the model", 0, side + 18);
        gc.fillText("sees it", 0, side + 32);
        DigitReader.Reading reading = r == null ? null : r.reading();
        if (reading != null) {
            gc.setFont(Font.font(null, FontWeight.BOLD, 12));
            gc.setFill(Color.rgb(40, 40, 40));
            gc.fillText(reading.nfe() > 0 ? "NFE " + reading.nfe() : "no ODE block", 0, side + 52);
        }
        bars(gc, side + 10, w - side - 10, reading);
    }

    private void bars(GraphicsContext gc, double x0, double width, DigitReader.Reading reading) {
        double labelWidth = 14;
        double textWidth = 40;
        double barMax = Math.max(10, width - labelWidth - textWidth);
        gc.setFont(Font.font(12));
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < 10; k++) {
            double y = 2 + k * ROW;
            double p = reading == null ? 0 : reading.probabilities()[k];
            boolean predicted = reading != null && reading.predicted() == k;
            gc.setFont(Font.font(null, predicted ? FontWeight.BOLD : FontWeight.NORMAL, 12));
            gc.setFill(Color.rgb(40, 40, 40));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(Integer.toString(k), x0, y + ROW / 2);
            gc.setFill(Color.rgb(236, 236, 236));
            gc.fillRect(x0 + labelWidth, y + 2, barMax, ROW - 4);
            gc.setFill(predicted ? DigitColours.of(k) : Color.rgb(160, 160, 160));
            gc.fillRect(x0 + labelWidth, y + 2, barMax * p, ROW - 4);
            if (reading != null) {
                gc.setFill(Color.rgb(60, 60, 60));
                gc.setTextAlign(TextAlignment.RIGHT);
                gc.fillText(String.format(Locale.ROOT, "%.0f%%", 100 * p), x0 + labelWidth + barMax + textWidth, y + ROW / 2);
            }
        }
    }
}
