package dev.neuralode.ui.lab;

import dev.neuralode.lab.SolveReport;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * One solve in view: the solution against t and in a phase plane, step sizes and error ratios, the
 * global error, the numbers, and the stability region of the method with each step's
 * {@code h lambda} for the linear test equation.
 */
final class SolveView {

    private static final double CELL_MIN_HEIGHT = 260;

    private final SolveCharts charts = new SolveCharts();
    private final PhasePlane phase = new PhasePlane();
    private final ComboBox<String> xAxis = new ComboBox<>();
    private final ComboBox<String> yAxis = new ComboBox<>();
    private final SolveStats stats = new SolveStats();
    private final Label error = new Label();
    private final Label solving = new Label("Solving... (a change of setting abandons this solve)");
    private final ScrollPane node;
    private SolveViewModel.Result pending;
    private SolveViewModel.Result shown;
    /**
     * Writes a new result into the charts on a pulse in which they are not being drawn
     * ({@link dev.neuralode.ui.common.Charts#writable}), then stops: it runs only while a result waits,
     * so a closed window leaves no timer holding its scene.
     */
    private final AnimationTimer chartWriter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (pending == null || charts.show(pending.report())) {
                pending = null;
                stop();
            }
        }
    };

    SolveView(Node stability) {
        xAxis.setId("labPhaseX");
        yAxis.setId("labPhaseY");
        xAxis.valueProperty().addListener((o, a, b) -> showPhase());
        yAxis.valueProperty().addListener((o, a, b) -> showPhase());
        error.setId("labSolveError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b03000;");
        HBox axes = new HBox(6, new Label("Phase plane:"), xAxis, new Label("against"), yAxis);
        VBox phaseCell = new VBox(4, axes, phase);
        VBox.setVgrow(phase, Priority.ALWAYS);
        solving.setId("labSolving");
        solving.setVisible(false);
        VBox statsCell = new VBox(8, solving, error, stats.node());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        // Three rows share the height; below three minimum rows the view scrolls.
        for (int r = 0; r < 3; r++) {
            RowConstraints rc = new RowConstraints(CELL_MIN_HEIGHT);
            rc.setPercentHeight(100.0 / 3);
            grid.getRowConstraints().add(rc);
        }
        grid.setMinHeight(3 * CELL_MIN_HEIGHT + 16);
        add(grid, charts.trajectory(), 0, 0);
        add(grid, phaseCell, 1, 0);
        add(grid, charts.steps(), 0, 1);
        add(grid, charts.errors(), 1, 1);
        add(grid, stability, 0, 2);
        add(grid, statsCell, 1, 2);
        node = new ScrollPane(grid);
        node.setFitToWidth(true);
        node.setFitToHeight(true);
        node.setId("labSolveView");
    }

    private static void add(GridPane grid, Node n, int col, int row) {
        if (n instanceof Region r) {
            if (!r.minHeightProperty().isBound()) {
                r.setMinHeight(CELL_MIN_HEIGHT);
            }
            r.setPrefHeight(CELL_MIN_HEIGHT);
        }
        grid.add(n, col, row);
    }

    /** Shows a new solve. */
    void show(SolveViewModel.Result r) {
        SolveReport report = r.report();
        boolean sameVariables = shown != null && shown.report().system().variables().equals(report.system().variables());
        shown = r;
        pending = r;
        chartWriter.start();
        if (!sameVariables) {
            xAxis.getItems().setAll(report.system().variables());
            yAxis.getItems().setAll(report.system().variables());
            xAxis.getSelectionModel().select(0);
            yAxis.getSelectionModel().select(Math.min(1, report.system().dimension() - 1));
            // One component has one phase plane: y against dy/dt.
            xAxis.setDisable(report.system().dimension() == 1);
            yAxis.setDisable(report.system().dimension() == 1);
        }
        stats.show(report);
        showPhase();
    }

    private void showPhase() {
        int i = xAxis.getSelectionModel().getSelectedIndex();
        int j = yAxis.getSelectionModel().getSelectedIndex();
        if (shown != null && i >= 0 && j >= 0) {
            phase.show(shown, i, j);
        }
    }

    /** Shows "Solving..." while {@code busy} holds. */
    void showSolving(javafx.beans.value.ObservableBooleanValue busy) {
        solving.visibleProperty().bind(busy);
    }

    /** Shows why a request could not be solved ("" clears it). */
    void showError(String message) {
        error.setText(message == null ? "" : message);
    }

    /** Stops writing results as the window closes. */
    void close() {
        pending = null;
        chartWriter.stop();
    }

    SolveCharts charts() {
        return charts;
    }

    Node node() {
        return node;
    }
}
