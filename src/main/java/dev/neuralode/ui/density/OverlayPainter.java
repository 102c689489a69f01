package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.train.Trajectories;
import dev.neuralode.train.VectorField;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints the heatmap's overlays in data coordinates: the target data, samples of the model (the
 * particles at the scrubbed s), particle trajectories from the base with their position at s, and
 * the velocity field at s as arrows whose length and colour both grow with speed. Each overlay has
 * its own colour, none of them on the density's black-to-yellow ramp ({@link DensityColours}), and
 * a key in the plot's corner names the overlays shown ({@link OverlayKey}). Work is bounded (at most
 * {@value #MAX_DATA_POINTS} data points and {@value #TRAJECTORIES} paths), so painting stays a
 * small part of a frame.
 */
final class OverlayPainter {

    static final int MAX_DATA_POINTS = 3000;
    static final int TRAJECTORIES = 40;
    static final Color DATA = Color.rgb(255, 255, 255, 0.55);
    static final Color SAMPLE = Color.rgb(0, 230, 255, 0.9);
    static final Color PATH = Color.rgb(140, 255, 90, 0.8);
    /** Arrow colours from the slowest (blue) to the fastest (near white) arrow of the field. */
    static final Color SLOW = Color.rgb(70, 110, 255, 0.8);
    static final Color FAST = Color.rgb(230, 240, 255, 0.95);
    private static final Color ARROW_SHADOW = Color.rgb(0, 0, 0, 0.45);

    /** Which overlays to paint. */
    record Layers(boolean data, boolean samples, boolean trajectories, boolean arrows) {
    }

    private final DoubleUnaryOperator px;
    private final DoubleUnaryOperator py;

    /** @param px, py data to pixel coordinates */
    OverlayPainter(DoubleUnaryOperator px, DoubleUnaryOperator py) {
        this.px = px;
        this.py = py;
    }

    /** @param s the scrubbed time: particles move with it, as their trajectories do not depend on it */
    void paint(GraphicsContext gc, ViewFrame frame, PointSet data, Layers layers, double s) {
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        if (layers.data() && data != null) {
            paintData(gc, data);
        }
        if (frame == null) {
            OverlayKey.paint(gc, new Layers(layers.data() && data != null, false, false, false), Double.NaN);
            return;
        }
        Trajectories t = frame.trajectories();
        if (t != null && layers.trajectories()) {
            paintPaths(gc, t, s);
        }
        if (t != null && layers.samples()) {
            paintParticles(gc, t, s, t.count(), SAMPLE, 2.8);
        }
        double fastest = Double.NaN;
        if (frame.field() != null && layers.arrows()) {
            fastest = paintArrows(gc, frame.field());
        }
        OverlayKey.paint(gc, new Layers(layers.data() && data != null, layers.samples() && t != null,
                layers.trajectories() && t != null, layers.arrows() && frame.field() != null), fastest);
    }

    private void paintData(GraphicsContext gc, PointSet data) {
        gc.setFill(DATA);
        int stride = Math.max(1, data.size() / MAX_DATA_POINTS);
        for (int i = 0; i < data.size(); i += stride) {
            gc.fillRect(px.applyAsDouble(data.x(i)) - 1, py.applyAsDouble(data.y(i)) - 1, 2, 2);
        }
    }

    private void paintPaths(GraphicsContext gc, Trajectories t, double s) {
        int paths = Math.min(TRAJECTORIES, t.count());
        gc.setStroke(PATH);
        gc.setLineWidth(1.3);
        for (int p = 0; p < paths; p++) {
            gc.beginPath();
            for (int k = 0; k < t.xy().length; k++) {
                double x = px.applyAsDouble(t.xy()[k][2 * p]);
                double y = py.applyAsDouble(t.xy()[k][2 * p + 1]);
                if (k == 0) {
                    gc.moveTo(x, y);
                } else {
                    gc.lineTo(x, y);
                }
            }
            gc.stroke();
        }
        paintParticles(gc, t, s, paths, PATH.deriveColor(0, 1, 1, 1 / PATH.getOpacity()), 4);
    }

    /** The first {@code count} particles where they are at s (linearly between recorded times). */
    private void paintParticles(GraphicsContext gc, Trajectories t, double s, int count, Color colour, double size) {
        double[] times = t.s();
        int k = 0;
        while (k < times.length - 2 && times[k + 1] < s) {
            k++;
        }
        double w = times.length < 2 ? 0 : Math.max(0, Math.min(1, (s - times[k]) / (times[k + 1] - times[k])));
        float[] a = t.xy()[k];
        float[] b = t.xy()[Math.min(k + 1, times.length - 1)];
        gc.setFill(colour);
        for (int p = 0; p < count; p++) {
            double x = a[2 * p] + w * (b[2 * p] - a[2 * p]);
            double y = a[2 * p + 1] + w * (b[2 * p + 1] - a[2 * p + 1]);
            gc.fillOval(px.applyAsDouble(x) - size / 2, py.applyAsDouble(y) - size / 2, size, size);
        }
    }

    /**
     * Arrows scaled so that the fastest spans 0.9 of a cell, and coloured from blue (slow) to near
     * white (fast): direction and relative speed at a glance. Each is drawn over a dark shadow so
     * that it reads on the bright and the dark parts of the density alike.
     *
     * @return the fastest speed, for the key (NaN when the field is still)
     */
    private double paintArrows(GraphicsContext gc, VectorField f) {
        int n = f.n();
        double cell = (f.xMax() - f.xMin()) / n;
        double fastest = 0;
        for (int k = 0; k < n * n; k++) {
            fastest = Math.max(fastest, Math.hypot(f.u()[k], f.v()[k]));
        }
        if (!(fastest > 0) || !Double.isFinite(fastest)) {
            return Double.NaN;
        }
        double scale = 0.9 * cell / fastest;
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                double x0 = f.xMin() + (ix + 0.5) * cell;
                double y0 = f.yMin() + (iy + 0.5) * (f.yMax() - f.yMin()) / n;
                double speed = Math.hypot(f.u()[k], f.v()[k]) / fastest;
                double px0 = px.applyAsDouble(x0);
                double py0 = py.applyAsDouble(y0);
                double px1 = px.applyAsDouble(x0 + scale * f.u()[k]);
                double py1 = py.applyAsDouble(y0 + scale * f.v()[k]);
                gc.setStroke(ARROW_SHADOW);
                gc.setLineWidth(2.6);
                arrow(gc, px0, py0, px1, py1);
                gc.setStroke(speedColour(speed));
                gc.setLineWidth(1.3);
                arrow(gc, px0, py0, px1, py1);
            }
        }
        return fastest;
    }

    /** The arrow colour at a speed relative to the fastest, in [0, 1]. */
    static Color speedColour(double relative) {
        return SLOW.interpolate(FAST, Math.max(0, Math.min(1, relative)));
    }

    private static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return;
        }
        gc.strokeLine(x0, y0, x1, y1);
        double head = Math.min(5, 0.4 * len);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        for (double side : new double[] {-0.45, 0.45}) {
            gc.strokeLine(x1, y1, x1 - head * Math.cos(angle + side), y1 - head * Math.sin(angle + side));
        }
    }
}
