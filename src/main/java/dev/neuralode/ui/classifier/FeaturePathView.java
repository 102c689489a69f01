package dev.neuralode.ui.classifier;

import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.DigitReader;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The drawn digit's features flowing through the middle of the network, on the plane of the class
 * centroids: each class's centroid as a disc labelled with its digit, and the path of h(t) from t = 0
 * to 1 (for the ResNet, the state after each block) as a line ending in an arrow. The view is fitted
 * to the centroids and the path, with equal scales on both axes.
 */
final class FeaturePathView extends Region {

    private static final Color BACKGROUND = Color.rgb(252, 252, 250);
    private static final Color PATH = Color.rgb(30, 30, 30);
    private static final double RADIUS = 10;

    private final DrawingViewModel vm;
    private final Canvas canvas = new Canvas();
    private Architecture model = Architecture.ODENET;

    FeaturePathView(DrawingViewModel vm) {
        this.vm = vm;
        setId("mnistFeaturePath");
        getChildren().add(canvas);
        setMinSize(180, 160);
        setPrefSize(320, 300);
        vm.resultProperty().addListener((o, a, b) -> redraw());
    }

    /** The model whose path is drawn, for the caption. */
    void setModel(Architecture m) {
        model = m;
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
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, w, h);
        gc.setStroke(Color.rgb(220, 220, 220));
        gc.strokeRect(0.5, 0.5, w - 1, h - 1);
        DrawingViewModel.Result r = vm.resultProperty().get();
        gc.setFont(Font.font(11));
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(Color.rgb(110, 110, 110));
        gc.fillText(caption(), 6, h - 4);
        if (r == null || r.reading() == null || w < 40 || h < 60) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFont(Font.font(13));
            gc.fillText("Draw a digit: the path of its features", w / 2, h / 2 - 9);
            gc.fillText("towards the classes appears here.", w / 2, h / 2 + 9);
            return;
        }
        double[][] path = r.reading().path();
        double[] box = bounds(r.centroids(), path);
        double scale = Math.min((w - 2 * RADIUS - 12) / (box[1] - box[0]), (h - 2 * RADIUS - 30) / (box[3] - box[2]));
        double cx = (box[0] + box[1]) / 2;
        double cy = (box[2] + box[3]) / 2;
        Mapping m = new Mapping(w / 2, (h - 16) / 2, cx, cy, scale);
        centroids(gc, m, r.centroids(), r.reading());
        path(gc, m, path);
    }

    private String caption() {
        return switch (model) {
            case RESNET -> "After each residual block, on the class-centroid plane";
            case STEM -> "The stem's features (no middle block): one point";
            default -> "h(t) for t from 0 to 1, on the class-centroid plane";
        };
    }

    private record Mapping(double px, double py, double cx, double cy, double scale) {
        double x(double u) {
            return px + (u - cx) * scale;
        }

        double y(double v) {
            return py - (v - cy) * scale;
        }
    }

    private static double[] bounds(double[][] centroids, double[][] path) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] c : centroids) {
            if (c != null) {
                include(b, c);
            }
        }
        for (double[] p : path) {
            include(b, p);
        }
        double span = Math.max(b[1] - b[0], b[3] - b[2]);
        double margin = 0.08 * span + 1e-9;
        return new double[] {b[0] - margin, b[1] + margin, b[2] - margin, b[3] + margin};
    }

    private static void include(double[] b, double[] p) {
        b[0] = Math.min(b[0], p[0]);
        b[1] = Math.max(b[1], p[0]);
        b[2] = Math.min(b[2], p[1]);
        b[3] = Math.max(b[3], p[1]);
    }

    private static void centroids(GraphicsContext gc, Mapping m, double[][] centroids, DigitReader.Reading reading) {
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        for (int k = 0; k < centroids.length; k++) {
            if (centroids[k] == null) {
                continue;
            }
            double x = m.x(centroids[k][0]);
            double y = m.y(centroids[k][1]);
            Color c = DigitColours.of(k);
            gc.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.85));
            gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
            if (k == reading.predicted()) {
                gc.setStroke(PATH);
                gc.setLineWidth(2);
                gc.strokeOval(x - RADIUS - 3, y - RADIUS - 3, 2 * RADIUS + 6, 2 * RADIUS + 6);
            }
            gc.setFill(Color.WHITE);
            gc.setFont(Font.font(null, FontWeight.BOLD, 12));
            gc.fillText(Integer.toString(k), x, y);
        }
    }

    private static void path(GraphicsContext gc, Mapping m, double[][] path) {
        gc.setStroke(PATH);
        gc.setFill(PATH);
        gc.setLineWidth(2);
        double x0 = m.x(path[0][0]);
        double y0 = m.y(path[0][1]);
        gc.strokeOval(x0 - 4, y0 - 4, 8, 8);
        if (path.length < 2) {
            return;
        }
        gc.beginPath();
        gc.moveTo(x0, y0);
        for (int i = 1; i < path.length; i++) {
            gc.lineTo(m.x(path[i][0]), m.y(path[i][1]));
        }
        gc.stroke();
        double x1 = m.x(path[path.length - 1][0]);
        double y1 = m.y(path[path.length - 1][1]);
        // Along the last segment that moves on screen: near t = 1 the state may barely change.
        for (int i = path.length - 2; i >= 0; i--) {
            double x = m.x(path[i][0]);
            double y = m.y(path[i][1]);
            if (Math.hypot(x1 - x, y1 - y) > 2 || i == 0) {
                arrow(gc, x, y, x1, y1);
                break;
            }
        }
        gc.setFont(Font.font(11));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("start", x0 + 6, y0 - 4);
    }

    /** An arrow head at (x1, y1) pointing along (x0, y0) -> (x1, y1). */
    private static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double size = 10;
        double[] xs = {x1, x1 - size * Math.cos(angle - 0.4), x1 - size * Math.cos(angle + 0.4)};
        double[] ys = {y1, y1 - size * Math.sin(angle - 0.4), y1 - size * Math.sin(angle + 0.4)};
        gc.fillPolygon(xs, ys, 3);
    }
}
