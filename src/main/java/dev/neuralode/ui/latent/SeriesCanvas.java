package dev.neuralode.ui.latent;

import dev.neuralode.data.IrregularSeries;
import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.train.EditedSeries;
import dev.neuralode.train.GroundTruth;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The data view: the series' observations, its ground-truth curve, and the posterior's
 * reconstruction and extrapolation (the mean as a thick line, samples as thin ones; the part
 * before the first observation, backwards in time, dashed). A canvas rather than a chart, because
 * clicks edit the data: a click adds an observation, a click on one (or a right or Shift click)
 * removes one. The view is fitted to the curve and the observations, not to the prediction, so
 * that it stays still while the posterior changes.
 */
final class SeriesCanvas extends Region {

    /** Pixels within which a click hits an observation. */
    static final double PICK_PIXELS = 8;
    private static final Color BACKGROUND = Color.rgb(252, 252, 250);
    private static final Color TRUTH = Color.rgb(150, 150, 150);
    private static final Color SAMPLE = Color.rgb(230, 159, 0, 0.45);
    private static final Color MEAN = Color.rgb(31, 119, 180);
    private static final Color OBSERVED = Color.rgb(30, 30, 30);
    private static final Color AXIS = Color.rgb(225, 225, 225);

    private final LatentViewModel vm;
    private final Canvas canvas = new Canvas();
    private double[] box = {-1, 1, -1, 1};

    SeriesCanvas(LatentViewModel vm) {
        this.vm = vm;
        setId("latentCanvas");
        getChildren().add(canvas);
        setMinSize(240, 240);
        setPrefSize(560, 560);
        vm.editedProperty().addListener((o, a, b) -> {
            box = bounds(b);
            redraw();
        });
        vm.revisionProperty().addListener((o, a, b) -> redraw());
        setOnMouseClicked(this::clicked);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private double scale() {
        return Math.min(canvas.getWidth() / (box[1] - box[0]), canvas.getHeight() / (box[3] - box[2]));
    }

    private double px(double x) {
        return canvas.getWidth() / 2 + (x - (box[0] + box[1]) / 2) * scale();
    }

    private double py(double y) {
        return canvas.getHeight() / 2 - (y - (box[2] + box[3]) / 2) * scale();
    }

    private double dataX(double px) {
        return (px - canvas.getWidth() / 2) / scale() + (box[0] + box[1]) / 2;
    }

    private double dataY(double py) {
        return (canvas.getHeight() / 2 - py) / scale() + (box[2] + box[3]) / 2;
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        boolean remove = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
        vm.click(dataX(e.getX()), dataY(e.getY()), remove, PICK_PIXELS / scale());
    }

    /** The curve's and observations' extent with a margin. */
    private static double[] bounds(EditedSeries e) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        if (e == null) {
            return new double[] {-1, 1, -1, 1};
        }
        GroundTruth g = e.example().truth();
        for (int i = 0; i < g.size(); i++) {
            include(b, g.x()[i], g.y()[i]);
        }
        IrregularSeries s = e.series();
        for (int i = 0; i < s.size(); i++) {
            include(b, s.x(i), s.y(i));
        }
        double margin = 0.12 * Math.max(b[1] - b[0], b[3] - b[2]) + 1e-6;
        return new double[] {b[0] - margin, b[1] + margin, b[2] - margin, b[3] + margin};
    }

    private static void include(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.max(b[1], x);
        b[2] = Math.min(b[2], y);
        b[3] = Math.max(b[3], y);
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, w, h);
        EditedSeries e = vm.editedProperty().get();
        if (e == null || w < 2 || h < 2) {
            return;
        }
        gc.setStroke(AXIS);
        gc.setLineWidth(1);
        gc.strokeLine(px(0), 0, px(0), h);
        gc.strokeLine(0, py(0), w, py(0));
        GroundTruth g = e.example().truth();
        gc.setStroke(TRUTH);
        gc.setLineWidth(1.5);
        polyline(gc, g.x(), g.y(), g.size());
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        if (inf != null) {
            LatentPrediction p = inf.prediction();
            for (double[][] sample : p.samples()) {
                trajectory(gc, p.times(), sample, SAMPLE, 1.0);
            }
            trajectory(gc, p.times(), p.mean(), MEAN, 2.6);
        }
        IrregularSeries s = e.series();
        gc.setFill(OBSERVED);
        for (int i = 0; i < s.size(); i++) {
            gc.fillOval(px(s.x(i)) - 3.5, py(s.y(i)) - 3.5, 7, 7);
        }
        legend(gc, e, w, h);
    }

    private void polyline(GraphicsContext gc, double[] x, double[] y, int n) {
        gc.beginPath();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                gc.moveTo(px(x[i]), py(y[i]));
            } else {
                gc.lineTo(px(x[i]), py(y[i]));
            }
        }
        gc.stroke();
    }

    /** A decoded trajectory, dashed where t < 0 (backwards from the first observation), solid after. */
    private void trajectory(GraphicsContext gc, double[] t, double[][] xy, Color colour, double width) {
        gc.setStroke(colour);
        gc.setLineWidth(width);
        int zero = 0;
        while (zero < t.length && t[zero] < 0) {
            zero++;
        }
        gc.setLineDashes(6, 5);
        segment(gc, xy, 0, Math.min(t.length, zero + 1));
        gc.setLineDashes((double[]) null);
        segment(gc, xy, Math.max(0, zero - 1), t.length);
    }

    private void segment(GraphicsContext gc, double[][] xy, int from, int to) {
        if (to - from < 2) {
            return;
        }
        gc.beginPath();
        gc.moveTo(px(xy[from][0]), py(xy[from][1]));
        for (int i = from + 1; i < to; i++) {
            gc.lineTo(px(xy[i][0]), py(xy[i][1]));
        }
        gc.stroke();
    }

    private void legend(GraphicsContext gc, EditedSeries e, double w, double h) {
        gc.setFont(Font.font(12));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        double x = 10;
        double y = 8;
        // Behind the text, so that trajectories running off the fitted view stay readable under it.
        gc.setFill(Color.rgb(252, 252, 250, 0.85));
        gc.fillRect(4, 4, 260, 4 * 17 + 8);
        gc.fillRect(4, h - 40, Math.min(w - 8, 470), 38);
        String truth = e.example().truthKnown() ? "ground truth" : "polyline of the imported observations";
        Object[][] items = {{TRUTH, truth}, {MEAN, "posterior mean"}, {SAMPLE, LatentViewModel.SAMPLES + " posterior samples"},
                {OBSERVED, e.size() + " observations"}};
        for (Object[] item : items) {
            gc.setStroke((Color) item[0]);
            gc.setFill((Color) item[0]);
            gc.setLineWidth(3);
            if (item[0] == OBSERVED) {
                gc.fillOval(x + 6, y + 3, 7, 7);
            } else {
                gc.strokeLine(x, y + 7, x + 20, y + 7);
            }
            gc.setFill(Color.rgb(40, 40, 40));
            gc.fillText((String) item[1], x + 26, y);
            y += 17;
        }
        gc.setFill(Color.rgb(110, 110, 110));
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("Dashed: extrapolated backwards in time, before the first observation.", 10, h - 22);
        gc.fillText("Click: add an observation. Click one, right-click or Shift+click: remove it.", 10, h - 6);
    }
}
