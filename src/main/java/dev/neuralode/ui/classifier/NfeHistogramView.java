package dev.neuralode.ui.classifier;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The NFE histogram: a bar per NFE value that occurred, its misread digits stacked in red at the bottom. */
final class NfeHistogramView extends Region {

    private static final Color BAR = Color.web("#1f77b4");
    private static final Color WRONG = Color.web("#d55e00");

    private final Canvas canvas = new Canvas();
    private NfeHistogram histogram;
    private boolean ode = true;

    NfeHistogramView() {
        setId("mnistNfeHistogram");
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(160);
    }

    /** @param withOde whether the model has an ODE block (without one every NFE is 0: nothing to show) */
    void show(NfeHistogram h, boolean withOde) {
        histogram = h;
        ode = withOde;
        redraw();
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
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        gc.setFont(Font.font(11));
        gc.setFill(Color.rgb(60, 60, 60));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        NfeHistogram hist = histogram;
        if (!ode) {
            gc.fillText("No NFE histogram: this model has no ODE block, so nothing is integrated.", 4, 4);
            return;
        }
        if (hist == null || hist.nfe().length == 0) {
            gc.fillText("NFE histogram: read the validation digits to see it.", 4, 4);
            return;
        }
        gc.fillText(String.format(Locale.ROOT, "NFE per digit, each solved alone (mean %.1f); red: misread", hist.mean()), 4, 2);
        double top = 34;
        double bottom = h - 18;
        double slot = (w - 8) / hist.nfe().length;
        double bar = Math.max(2, Math.min(40, slot * 0.8));
        double scale = (bottom - top) / Math.max(1, hist.maxCount());
        gc.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < hist.nfe().length; i++) {
            double x = 4 + slot * i + (slot - bar) / 2;
            double all = hist.count()[i] * scale;
            double wrong = hist.wrong()[i] * scale;
            gc.setFill(BAR);
            gc.fillRect(x, bottom - all, bar, all);
            gc.setFill(WRONG);
            gc.fillRect(x, bottom - wrong, bar, wrong);
            gc.setFill(Color.rgb(60, 60, 60));
            if (slot >= 22 || i % Math.max(1, (int) Math.ceil(22 / slot)) == 0) {
                gc.fillText(Integer.toString(hist.nfe()[i]), x + bar / 2, bottom + 2);
            }
            gc.fillText(Integer.toString(hist.count()[i]), x + bar / 2, bottom - all - 14);
        }
    }
}
