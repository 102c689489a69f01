package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.ui.common.CanvasMapping;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The drawing canvas: shows the dataset's points on the square [-4, 4]^2 and turns mouse strokes
 * into brush dabs (spray or erase, as the tool says; the right button always erases). A circle
 * follows the mouse to show the brush. At most {@value #MAX_DRAWN} points are painted, so an
 * imported million-point file redraws as fast as a sketch.
 */
final class DataCanvas extends Region {

    static final int MAX_DRAWN = 20_000;
    private static final Color BACKGROUND = Color.rgb(22, 24, 32);
    private static final Color GRID = Color.rgb(60, 64, 80);
    private static final Color POINT = Color.rgb(255, 196, 92, 0.75);

    private final DataViewModel vm;
    private final Canvas canvas = new Canvas();
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private DataViewModel.Tool strokeTool = DataViewModel.Tool.SPRAY;

    DataCanvas(DataViewModel vm) {
        this.vm = vm;
        setId("drawingCanvas");
        getChildren().add(canvas);
        setMinSize(180, 180);
        setPrefSize(300, 300);
        vm.stateProperty().addListener((o, a, b) -> redraw());
        vm.brushRadiusProperty().addListener((o, a, b) -> redraw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> vm.endStroke());
        setOnMouseMoved(this::track);
        setOnMouseExited(e -> {
            mouseX = Double.NaN;
            redraw();
        });
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : 300;
    }

    CanvasMapping mapping() {
        return new CanvasMapping(DataViewModel.CANVAS_EXTENT, canvas.getWidth(), canvas.getHeight());
    }

    private void pressed(MouseEvent e) {
        strokeTool = e.getButton() == MouseButton.SECONDARY ? DataViewModel.Tool.ERASE : vm.toolProperty().get();
        vm.beginStroke();
        dab(e);
    }

    private void dragged(MouseEvent e) {
        dab(e);
    }

    private void dab(MouseEvent e) {
        track(e);
        CanvasMapping m = mapping();
        vm.dab(m.toDataX(mouseX), m.toDataY(mouseY), strokeTool);
    }

    private void track(MouseEvent e) {
        mouseX = e.getX() - canvas.getLayoutX();
        mouseY = e.getY() - canvas.getLayoutY();
        redraw();
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        CanvasMapping m = mapping();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, w, h);
        gc.setStroke(GRID);
        gc.setLineWidth(1);
        for (int k = -3; k <= 3; k++) {
            gc.strokeLine(m.toPixelX(k), 0, m.toPixelX(k), h);
            gc.strokeLine(0, m.toPixelY(k), w, m.toPixelY(k));
        }
        PointSet points = vm.state().points();
        gc.setFill(POINT);
        int stride = Math.max(1, points.size() / MAX_DRAWN);
        for (int i = 0; i < points.size(); i += stride) {
            gc.fillRect(m.toPixelX(points.x(i)) - 1, m.toPixelY(points.y(i)) - 1, 2, 2);
        }
        if (Double.isFinite(mouseX)) {
            double r = m.toPixels(vm.brushRadiusProperty().get());
            gc.setStroke(vm.toolProperty().get() == DataViewModel.Tool.ERASE ? Color.rgb(255, 120, 120) : Color.WHITE);
            gc.strokeOval(mouseX - r, mouseY - r, 2 * r, 2 * r);
        }
    }
}
