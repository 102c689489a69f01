package dev.neuralode.ui.density;

import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.Charts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The trade-off view: a button that sweeps tolerances on a frozen copy of the current model, its
 * progress, and the paper's Figure 3a and 3b for this model: NFE against error, wall time against NFE.
 */
final class FrontierPanel {

    private final XYChart nfeVsError = Charts.chart("NFE against error (Fig. 3a)", "log10 mean |log p error| (nats)", "NFE");
    private final XYChart timeVsNfe = Charts.chart("Wall time against NFE (Fig. 3b)", "NFE", "seconds");
    private final DoubleDataSet errorLine = Charts.line("sweep", Charts.PURPLE, 1.2);
    private final DoubleDataSet errorPoints = Charts.markers("tolerance", Charts.PURPLE, "circle", 4);
    private final DoubleDataSet timeLine = Charts.line("sweep", Charts.GREEN, 1.2);
    private final DoubleDataSet timePoints = Charts.markers("tolerance", Charts.GREEN, "circle", 4);
    private final Label table = new Label();
    private final VBox box;
    private final FrontierViewModel vm;
    private FrontierSweep.Result shown;

    FrontierPanel(FrontierViewModel vm, Supplier<SessionHandle> session) {
        Button run = Buttons.button("Sweep tolerances", "frontierButton",
                "Solve log p of data points at tolerances 1e-1 to 1e-5 on a frozen copy of the model (Ctrl+F)",
                () -> vm.run(session.get()));
        run.disableProperty().bind(vm.runningProperty());
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("frontierProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        progress.setMinWidth(100);
        Label message = new Label();
        message.setId("frontierMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox top = new HBox(8, run, progress, message);
        top.setAlignment(Pos.CENTER_LEFT);

        nfeVsError.getDatasets().add(errorLine);
        timeVsNfe.getDatasets().add(timeLine);
        ErrorDataSetRenderer errorMarks = Charts.markerRenderer();
        errorMarks.getDatasets().add(errorPoints);
        nfeVsError.getRenderers().add(errorMarks);
        ErrorDataSetRenderer timeMarks = Charts.markerRenderer();
        timeMarks.getDatasets().add(timePoints);
        timeVsNfe.getRenderers().add(timeMarks);
        nfeVsError.setId("frontierErrorChart");
        timeVsNfe.setId("frontierTimeChart");
        for (XYChart c : new XYChart[] {nfeVsError, timeVsNfe}) {
            VBox.setVgrow(c, Priority.ALWAYS);
            c.setPrefHeight(200);
        }
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getStyleClass().add("number");
        box = new VBox(8, top, nfeVsError, timeVsNfe, table);
        box.setPadding(new Insets(8));
        this.vm = vm;
    }

    Node node() {
        return box;
    }

    /** Shows a new sweep result; called once per pulse, retried while the charts read their data. */
    void refresh() {
        FrontierSweep.Result r = vm.resultProperty().get();
        if (r == null || r == shown || !Charts.writable(errorLine, errorPoints, timeLine, timePoints)) {
            return;
        }
        shown = r;
        List<FrontierSweep.Point> byError = r.points().stream().sorted(Comparator.comparingDouble(FrontierSweep.Point::error)).toList();
        List<FrontierSweep.Point> byNfe = r.points().stream().sorted(Comparator.comparingInt(FrontierSweep.Point::nfe)).toList();
        double[] err = byError.stream().mapToDouble(p -> Math.log10(Math.max(p.error(), 1e-12))).toArray();
        double[] nfeOfErr = byError.stream().mapToDouble(FrontierSweep.Point::nfe).toArray();
        double[] nfe = byNfe.stream().mapToDouble(FrontierSweep.Point::nfe).toArray();
        double[] secs = byNfe.stream().mapToDouble(FrontierSweep.Point::seconds).toArray();
        errorLine.set(err, nfeOfErr);
        errorPoints.set(err, nfeOfErr);
        timeLine.set(nfe, secs);
        timePoints.set(nfe, secs);
        StringBuilder s = new StringBuilder("tolerance     NFE    error (nats)   time\n");
        for (FrontierSweep.Point p : r.points()) {
            s.append(String.format(Locale.ROOT, "%-10.0e %6d    %10.2e   %6.1f ms%n", p.tol(), p.nfe(), p.error(), 1000 * p.seconds()));
        }
        table.setText(s.toString().strip());
    }
}
