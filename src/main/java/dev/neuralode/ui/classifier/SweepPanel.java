package dev.neuralode.ui.classifier;

import dev.neuralode.train.ToleranceSweep;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.Charts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tolerance sweep: a button (Cancel while it runs) with progress, then the validation error
 * against NFE and the time per digit against NFE (the paper's Figure 3a and 3b), the training
 * tolerance marked, and the numbers in a small table.
 */
final class SweepPanel {

    private final SweepViewModel vm;
    private final XYChart errorChart = Charts.chart("Validation error against NFE", "mean NFE (forward)", "error (%)");
    private final XYChart timeChart = Charts.chart("Time per digit against NFE", "mean NFE (forward)", "ms per digit");
    private final DoubleDataSet errors = Charts.markers("tolerances swept", Charts.BLUE, "circle", 4);
    private final DoubleDataSet times = Charts.markers("tolerances swept", Charts.GREEN, "circle", 4);
    private final DoubleDataSet trainedError = Charts.markers("training tolerance", Charts.RED, "rectangle", 6);
    private final DoubleDataSet trainedTime = Charts.markers("training tolerance", Charts.RED, "rectangle", 6);
    private final Label table = new Label();
    private final ScrollPane scroll;
    private ToleranceSweep.Result shown;

    SweepPanel(SweepViewModel vm, Supplier<ClassifierHandle> session) {
        this.vm = vm;
        Button run = Buttons.button("Sweep tolerances", "mnistSweepButton",
                "Classify validation digits at tolerances from 1e-1 to 3e-5 with a frozen copy of the model", () -> vm.run(session.get()));
        run.disableProperty().bind(vm.runningProperty().or(vm.unavailableProperty().isNotEmpty()));
        Button cancel = Buttons.button("Cancel", "mnistSweepCancel", "Stop the sweep", vm::cancel);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox controls = new HBox(8, run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("mnistSweepMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label unavailable = new Label();
        unavailable.setWrapText(true);
        unavailable.setMinHeight(Region.USE_PREF_SIZE);
        unavailable.getStyleClass().add("muted");
        unavailable.textProperty().bind(vm.unavailableProperty());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        unavailable.visibleProperty().bind(vm.unavailableProperty().isNotEmpty());
        for (XYChart c : new XYChart[] {errorChart, timeChart}) {
            ((ErrorDataSetRenderer) c.getRenderers().get(0)).setDrawMarker(true);
            Charts.addMarkers(c, c == errorChart ? trainedError : trainedTime);
            c.setMinHeight(170);
            c.setPrefHeight(220);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        errorChart.getDatasets().add(errors);
        timeChart.getDatasets().add(times);
        errorChart.setId("mnistSweepErrorChart");
        timeChart.setId("mnistSweepTimeChart");
        table.setId("mnistSweepTable");
        table.setStyle("-fx-font-family: monospace;");
        table.setMinHeight(Region.USE_PREF_SIZE);
        Label key = new Label("Each dot is one tolerance (rtol = atol); the square is the one the model trains at.");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        key.getStyleClass().add("muted");
        VBox box = new VBox(6, controls, message, unavailable, key, errorChart, timeChart, table);
        box.setStyle("-fx-padding: 6;");
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    Node node() {
        return scroll;
    }

    /** Shows a new result (or none); the FX thread calls it once per pulse. */
    void refresh() {
        ToleranceSweep.Result r = vm.resultProperty().get();
        if (r == shown || !Charts.writable(errors, times, trainedError, trainedTime)) {
            return;
        }
        shown = r;
        List<ToleranceSweep.Point> points = r == null ? List.of() : SweepViewModel.byNfe(r.points());
        double[] nfe = points.stream().mapToDouble(ToleranceSweep.Point::nfe).toArray();
        errors.set(nfe, points.stream().mapToDouble(p -> 100 * p.error()).toArray());
        times.set(nfe, points.stream().mapToDouble(p -> 1000 * p.seconds()).toArray());
        List<ToleranceSweep.Point> trained = points.stream().filter(p -> SweepViewModel.trained(p, r)).toList();
        trainedError.set(trained.stream().mapToDouble(ToleranceSweep.Point::nfe).toArray(),
                trained.stream().mapToDouble(p -> 100 * p.error()).toArray());
        trainedTime.set(trained.stream().mapToDouble(ToleranceSweep.Point::nfe).toArray(),
                trained.stream().mapToDouble(p -> 1000 * p.seconds()).toArray());
        StringBuilder text = new StringBuilder(r == null ? "" : "tolerance    NFE   error   ms per digit\n");
        if (r != null) {
            for (ToleranceSweep.Point p : r.points()) {
                text.append(String.format(Locale.ROOT, "%9.0e  %5.1f  %5.1f%%  %8.2f%s%n", p.tol(), p.nfe(), 100 * p.error(),
                        1000 * p.seconds(), SweepViewModel.trained(p, r) ? "   (training)" : ""));
            }
        }
        table.setText(text.toString().stripTrailing());
    }
}
