package dev.neuralode.ui.plane;

import dev.neuralode.train.DecisionMap;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The decision-boundary view: {@code P(class 1)} over the plane as Playground's two-colour map, the
 * training points filled and the test points hollow on top. With the drawn dataset it is also the
 * drawing canvas: the left button adds points of the brush's class, the right button (or Shift) of
 * the other; releasing the button trains a new model on the drawing.
 */
final class MapCanvas extends PlaneCanvas {

    /** Pixels a stroke moves before it adds the next point. */
    private static final double STROKE_SPACING = 9;

    /** What the dots were last painted for; the same key means the dots canvas is up to date. */
    private record DotsKey(Object train, Object test, List<Double> box, double width, double height) {
    }

    private final PlaneViewModel vm;
    /**
     * The points, on a canvas of their own over the map: they change only with the data, the drawing
     * or the size, while a new map comes three times a second, and in software rendering the
     * thousand points cost more to paint than the map under them (docs/explorers.md).
     */
    private final Canvas dots = new Canvas();
    private DotsKey dotsKey;
    private WritableImage heat;
    private DecisionMap shownMap;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    MapCanvas(PlaneViewModel vm) {
        super("planeMapCanvas");
        this.vm = vm;
        dots.setMouseTransparent(true);
        getChildren().add(dots);
        vm.frameProperty().addListener((o, a, b) -> redraw());
        vm.drawnProperty().addListener((o, a, b) -> redraw());
        vm.drawingProperty().addListener((o, a, b) -> redraw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> {
            if (vm.drawingProperty().get() && !Double.isNaN(lastX)) {
                lastX = Double.NaN;
                vm.strokeEnded();
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (vm.drawingProperty().get()) {
            lastX = e.getX();
            lastY = e.getY();
            vm.draw(dataX(e.getX()), dataY(e.getY()), other(e));
        }
    }

    private void dragged(MouseEvent e) {
        if (vm.drawingProperty().get() && !Double.isNaN(lastX)
                && Math.hypot(e.getX() - lastX, e.getY() - lastY) >= STROKE_SPACING) {
            lastX = e.getX();
            lastY = e.getY();
            vm.draw(dataX(e.getX()), dataY(e.getY()), other(e));
        }
    }

    private static boolean other(MouseEvent e) {
        return e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
    }

    @Override
    protected void layoutChildren() {
        dots.setWidth(getWidth());
        dots.setHeight(getHeight());
        super.layoutChildren();
    }

    @Override
    protected void paint(GraphicsContext g) {
        PlaneFrame f = vm.frameProperty().get();
        boolean drawing = vm.drawingProperty().get();
        setBox(drawing ? DrawnPoints.BOUNDS : f != null ? f.bounds() : box());
        if (f != null) {
            heatmap(g, f.map());
        }
        paintDots(f, drawing);
        if (drawing) {
            g.setStroke(Color.rgb(120, 120, 120));
            g.setLineWidth(1);
            g.strokeRect(px(DrawnPoints.BOUNDS[0]), py(DrawnPoints.BOUNDS[3]), px(DrawnPoints.BOUNDS[1]) - px(DrawnPoints.BOUNDS[0]),
                    py(DrawnPoints.BOUNDS[2]) - py(DrawnPoints.BOUNDS[3]));
            caption(g, "Decision map. Drawing: left button adds class " + vm.brushProperty().get()
                    + ", right button the other class");
        } else if (f != null) {
            caption(g, "Decision map at iteration " + f.iteration() + " (filled: training points, hollow: test points)");
        } else {
            caption(g, "Decision map: computing...");
        }
    }

    /** The drawn points, or the training points filled and the test points hollow, when they or the view changed. */
    private void paintDots(PlaneFrame f, boolean drawing) {
        DrawnPoints d = vm.drawnProperty().get();
        double[] b = box();
        DotsKey key = new DotsKey(drawing ? d : f == null ? null : f.train(), drawing || f == null ? null : f.test(),
                List.of(b[0], b[1], b[2], b[3]), dots.getWidth(), dots.getHeight());
        if (key.equals(dotsKey)) {
            return;
        }
        dotsKey = key;
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, dots.getWidth(), dots.getHeight());
        if (drawing) {
            points(g, d.size(), i -> d.xy()[2 * i], i -> d.xy()[2 * i + 1], i -> d.labels()[i], false, 4);
        } else if (f != null) {
            points(g, f.train().size(), f.train()::x, f.train()::y, f.train()::label, false, 3.2);
            points(g, f.test().size(), f.test()::x, f.test()::y, f.test()::label, true, 3.2);
        }
    }

    private void heatmap(GraphicsContext g, DecisionMap m) {
        if (m != shownMap) {
            shownMap = m;
            if (heat == null || heat.getWidth() != m.n()) {
                heat = new WritableImage(m.n(), m.n());
            }
            PixelWriter w = heat.getPixelWriter();
            for (int iy = 0; iy < m.n(); iy++) {
                for (int ix = 0; ix < m.n(); ix++) {
                    // Image rows run down, map rows run up.
                    w.setArgb(ix, m.n() - 1 - iy, PlaneColours.argb(m.probability()[iy * m.n() + ix]));
                }
            }
        }
        double x0 = px(m.xMin());
        double y0 = py(m.yMax());
        g.setImageSmoothing(true);
        g.drawImage(heat, x0, y0, px(m.xMax()) - x0, py(m.yMin()) - y0);
    }
}
