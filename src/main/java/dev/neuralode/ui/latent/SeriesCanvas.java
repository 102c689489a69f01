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
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The data view: the series' observations, its ground-truth curve, and the posterior's
 * reconstruction and extrapolation (the mean as a thick line, samples as thin ones). Along the mean,
 * the part before t = 0 (backwards in time) is dashed, the part after the last observation (forward
 * extrapolation) is lighter, and a bar across the curve with a label marks where the observations
 * end and extrapolation begins. A canvas rather than a chart, because clicks edit the data: a click
 * adds an observation, a click on one (or a right or Shift click) removes one. The plane has axes
 * with ticks at equal scale; the view is fitted to the curve and the observations, not to the
 * prediction, so that it stays still while the posterior changes. Everything data-driven is
 * clipped to the plot area, so that no line runs over the axes' labels.
 */
final class SeriesCanvas extends Region {

    /** Pixels within which a click hits an observation. */
    static final double PICK_PIXELS = 8;
    /** Room for the y axis' tick labels and title, and for the x axis' below the plot. */
    private static final double LEFT = 50;
    private static final double BOTTOM = 36;
    private static final double TOP = 6;
    private static final double RIGHT = 10;
    private static final Color BACKGROUND = Color.rgb(252, 252, 250);
    private static final Color TRUTH = Color.rgb(150, 150, 150);
    private static final Color SAMPLE = Color.rgb(230, 159, 0, 0.45);
    private static final Color MEAN = Color.rgb(31, 119, 180);
    private static final Color MEAN_EXTRAPOLATED = Color.rgb(31, 119, 180, 0.45);
    private static final Color OBSERVED = Color.rgb(30, 30, 30);
    private static final Color MARK = Color.rgb(200, 50, 50);
    private static final Color GRID = Color.rgb(232, 232, 228);
    private static final Color AXIS = Color.rgb(120, 120, 120);
    private static final Color TEXT = Color.rgb(40, 40, 40);

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

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(1, canvas.getHeight() - TOP - BOTTOM);
    }

    private double scale() {
        return Math.min(plotWidth() / (box[1] - box[0]), plotHeight() / (box[3] - box[2]));
    }

    private double px(double x) {
        return LEFT + plotWidth() / 2 + (x - (box[0] + box[1]) / 2) * scale();
    }

    private double py(double y) {
        return TOP + plotHeight() / 2 - (y - (box[2] + box[3]) / 2) * scale();
    }

    private double dataX(double px) {
        return (px - LEFT - plotWidth() / 2) / scale() + (box[0] + box[1]) / 2;
    }

    private double dataY(double py) {
        return (TOP + plotHeight() / 2 - py) / scale() + (box[2] + box[3]) / 2;
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getX() < LEFT || e.getY() > canvas.getHeight() - BOTTOM) {
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
        if (e == null || w < LEFT + RIGHT + 2 || h < TOP + BOTTOM + 2) {
            return;
        }
        axes(gc);
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, plotWidth(), plotHeight());
        gc.clip();
        GroundTruth g = e.example().truth();
        gc.setStroke(TRUTH);
        gc.setLineWidth(1.5);
        polyline(gc, g.x(), g.y(), g.size());
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        IrregularSeries s = e.series();
        double lastObserved = s.time(s.size() - 1);
        if (inf != null) {
            LatentPrediction p = inf.prediction();
            for (double[][] sample : p.samples()) {
                trajectory(gc, p.times(), sample, lastObserved, SAMPLE, SAMPLE, 1.0);
            }
            trajectory(gc, p.times(), p.mean(), lastObserved, MEAN, MEAN_EXTRAPOLATED, 2.6);
        }
        gc.setFill(OBSERVED);
        for (int i = 0; i < s.size(); i++) {
            gc.fillOval(px(s.x(i)) - 3.5, py(s.y(i)) - 3.5, 7, 7);
        }
        if (inf != null) {
            windowEnd(gc, inf.prediction(), lastObserved);
        }
        legend(gc, e);
        gc.restore();
    }

    /** The plot's frame, grid lines at the ticks, tick labels and the axes' titles, outside the clipped area. */
    private void axes(GraphicsContext gc) {
        double x0 = dataX(LEFT);
        double x1 = dataX(LEFT + plotWidth());
        double y0 = dataY(TOP + plotHeight());
        double y1 = dataY(TOP);
        double[] xs = AxisTicks.of(x0, x1, Math.max(2, (int) (plotWidth() / 70)));
        double[] ys = AxisTicks.of(y0, y1, Math.max(2, (int) (plotHeight() / 45)));
        gc.setFont(Font.font(11));
        gc.setLineWidth(1);
        gc.setFill(TEXT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double bottom = TOP + plotHeight();
        for (double x : xs) {
            double at = Math.round(px(x)) + 0.5;
            gc.setStroke(GRID);
            gc.strokeLine(at, TOP, at, bottom);
            gc.setStroke(AXIS);
            gc.strokeLine(at, bottom, at, bottom + 4);
            gc.fillText(AxisTicks.label(x, xs.length > 1 ? xs[1] - xs[0] : 1), at, bottom + 5);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : ys) {
            double at = Math.round(py(y)) + 0.5;
            gc.setStroke(GRID);
            gc.strokeLine(LEFT, at, LEFT + plotWidth(), at);
            gc.setStroke(AXIS);
            gc.strokeLine(LEFT - 4, at, LEFT, at);
            gc.fillText(AxisTicks.label(y, ys.length > 1 ? ys[1] - ys[0] : 1), LEFT - 6, at);
        }
        gc.setStroke(AXIS);
        gc.strokeRect(LEFT + 0.5, TOP + 0.5, plotWidth() - 1, plotHeight() - 1);
        gc.setFont(Font.font(12));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("x", LEFT + plotWidth() / 2, canvas.getHeight() - 1);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("y", 9, TOP + plotHeight() / 2);
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

    /**
     * A decoded trajectory: dashed where t < 0 (backwards from the first observation), solid up to
     * the last observation, in {@code extrapolated} after it.
     */
    private void trajectory(GraphicsContext gc, double[] t, double[][] xy, double lastObserved, Color colour,
                            Color extrapolated, double width) {
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.BUTT);
        int zero = 0;
        while (zero < t.length && t[zero] < 0) {
            zero++;
        }
        int end = zero;
        while (end < t.length && t[end] <= lastObserved) {
            end++;
        }
        gc.setLineDashes(6, 5);
        segment(gc, xy, 0, Math.min(t.length, zero + 1));
        gc.setLineDashes((double[]) null);
        segment(gc, xy, Math.max(0, zero - 1), Math.min(t.length, end + 1));
        gc.setStroke(extrapolated);
        segment(gc, xy, Math.max(0, end - 1), t.length);
        gc.setLineCap(StrokeLineCap.SQUARE);
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

    /**
     * Where the observations end and extrapolation begins: a bar across the posterior mean at the
     * last observation's time, and a label saying so. A bar across the curve rather than a vertical
     * line, because this view is the plane of the series, not its time axis.
     */
    private void windowEnd(GraphicsContext gc, LatentPrediction p, double lastObserved) {
        double[] t = p.times();
        if (lastObserved >= t[t.length - 1]) {
            return;
        }
        int i = 1;
        while (i < t.length - 1 && t[i] < lastObserved) {
            i++;
        }
        double u = (lastObserved - t[i - 1]) / (t[i] - t[i - 1]);
        double[][] m = p.mean();
        double x = px(m[i - 1][0] + u * (m[i][0] - m[i - 1][0]));
        double y = py(m[i - 1][1] + u * (m[i][1] - m[i - 1][1]));
        double dx = px(m[i][0]) - px(m[i - 1][0]);
        double dy = py(m[i][1]) - py(m[i - 1][1]);
        double length = Math.hypot(dx, dy);
        double nx = length > 0 ? -dy / length : 0;
        double ny = length > 0 ? dx / length : 1;
        gc.setStroke(MARK);
        gc.setLineWidth(2.5);
        gc.strokeLine(x - 9 * nx, y - 9 * ny, x + 9 * nx, y + 9 * ny);
        String text = String.format(java.util.Locale.ROOT, "last observation, t = %.2f \u2192 extrapolation", lastObserved);
        Font font = Font.font(11);
        gc.setFont(font);
        gc.setTextBaseline(VPos.CENTER);
        double textWidth = width(text, font);
        boolean leftOfMark = x + 14 + textWidth > LEFT + plotWidth();
        double tx = Math.max(LEFT + 4, Math.min(LEFT + plotWidth() - textWidth - 4, leftOfMark ? x - 14 - textWidth : x + 14));
        double ty = Math.max(TOP + 10, Math.min(TOP + plotHeight() - 10, y + 14 * Math.signum(ny == 0 ? 1 : ny)));
        gc.setFill(Color.rgb(252, 252, 250, 0.85));
        gc.fillRect(tx - 3, ty - 8, textWidth + 6, 16);
        gc.setFill(MARK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(text, tx, ty);
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private void legend(GraphicsContext gc, EditedSeries e) {
        Font font = Font.font(12);
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        double x = LEFT + 8;
        double y = TOP + 6;
        String truth = e.example().truthKnown() ? "ground truth" : "polyline of the imported observations";
        Object[][] items = {{TRUTH, truth}, {MEAN, "posterior mean"},
                {MEAN_EXTRAPOLATED, "extrapolation: forward, backward in time"},
                {SAMPLE, LatentViewModel.SAMPLES + " posterior samples"}, {OBSERVED, e.size() + " observations"}};
        // Behind the text, so that trajectories running off the fitted view stay readable under it.
        gc.setFill(Color.rgb(252, 252, 250, 0.85));
        double widest = 0;
        for (Object[] item : items) {
            widest = Math.max(widest, width((String) item[1], font));
        }
        gc.fillRect(x - 4, y - 3, widest + 34, items.length * 17 + 4);
        for (Object[] item : items) {
            Color c = (Color) item[0];
            gc.setStroke(c);
            gc.setFill(c);
            gc.setLineWidth(3);
            if (c == OBSERVED) {
                gc.fillOval(x + 6, y + 3, 7, 7);
            } else if (c == MEAN_EXTRAPOLATED) {
                gc.strokeLine(x, y + 7, x + 9, y + 7);
                gc.setStroke(MEAN);
                gc.setLineDashes(3, 2);
                gc.strokeLine(x + 12, y + 7, x + 21, y + 7);
                gc.setLineDashes((double[]) null);
            } else {
                gc.strokeLine(x, y + 7, x + 20, y + 7);
            }
            gc.setFill(TEXT);
            gc.fillText((String) item[1], x + 26, y);
            y += 17;
        }
    }
}
