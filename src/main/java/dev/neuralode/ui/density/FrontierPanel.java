package dev.neuralode.ui.density;

import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.ScrollingColumn;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
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
    private final DoubleDataSet errorMark = Charts.markers("training tolerance", Charts.RED, "diamond", 9);
    private final DoubleDataSet timeMark = Charts.markers("training tolerance", Charts.RED, "diamond", 9);
    private final Label table = new Label();
    private final Label markNote = new Label();
    private final ScrollPane scroll;
    private final FrontierViewModel vm;
    private FrontierSweep.Result shown;
    private double shownTolerance = Double.NaN;
    private boolean stale = true;

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
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox top = new HBox(8, run, progress, message);
        top.setAlignment(Pos.CENTER_LEFT);

        nfeVsError.getDatasets().add(errorLine);
        timeVsNfe.getDatasets().add(timeLine);
        Charts.addMarkers(nfeVsError, errorPoints, errorMark);
        Charts.addMarkers(timeVsNfe, timePoints, timeMark);
        nfeVsError.setId("frontierErrorChart");
        timeVsNfe.setId("frontierTimeChart");
        for (XYChart c : new XYChart[] {nfeVsError, timeVsNfe}) {
            VBox.setVgrow(c, Priority.ALWAYS);
            c.setPrefHeight(220);
            c.setMinHeight(MIN_CHART_HEIGHT);
        }
        table.setId("frontierTable");
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMinWidth(Region.USE_PREF_SIZE);
        table.getStyleClass().add("number");
        markNote.setId("frontierMark");
        markNote.setWrapText(true);
        markNote.getStyleClass().add("muted");
        markNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, top, nfeVsError, timeVsNfe, markNote, table);
        box.setPadding(new Insets(8));
        // Two readable charts and the table; below that the panel scrolls rather than cutting the table off.
        scroll = ScrollingColumn.of(box, 2 * MIN_CHART_HEIGHT + 260);
        this.vm = vm;
        vm.resultProperty().addListener((o, a, b) -> stale = true);
        vm.trainingToleranceProperty().addListener((o, a, b) -> stale = true);
    }

    /** Least height of each chart before the panel scrolls. */
    static final double MIN_CHART_HEIGHT = 170;

    Node node() {
        return scroll;
    }

    /**
     * Shows a new sweep result (or none, after the model changed) with the training tolerance
     * marked; called once per pulse, retried while the charts read their data.
     */
    void refresh() {
        if (!stale || !Charts.writable(errorLine, errorPoints, timeLine, timePoints, errorMark, timeMark)) {
            return;
        }
        stale = false;
        FrontierSweep.Result r = vm.resultProperty().get();
        shown = r;
        shownTolerance = vm.trainingToleranceProperty().get();
        List<FrontierSweep.Point> points = r == null ? List.of() : r.points();
        List<FrontierSweep.Point> byError = FrontierViewModel.byError(points);
        List<FrontierSweep.Point> byNfe = FrontierViewModel.byNfe(points);
        errorLine.set(logErrors(byError), nfes(byError));
        errorPoints.set(logErrors(byError), nfes(byError));
        List<FrontierSweep.Point> fastest = FrontierViewModel.fastestPerNfe(points);
        timeLine.set(nfes(fastest), seconds(fastest));
        timePoints.set(nfes(byNfe), seconds(byNfe));
        FrontierSweep.Point mark = vm.trainingPoint();
        List<FrontierSweep.Point> marked = mark == null ? List.of() : List.of(mark);
        errorMark.set(logErrors(marked), nfes(marked));
        timeMark.set(nfes(marked), seconds(marked));
        markNote.setText(markText(r, mark));
        table.setText(r == null ? "" : tableText(r, mark));
    }

    private String markText(FrontierSweep.Result r, FrontierSweep.Point mark) {
        if (r == null) {
            return "";
        }
        if (mark != null) {
            return String.format(Locale.ROOT, "Red diamond (> in the table): the tolerance training runs at, %.1e:"
                    + " %d NFE, error %.2e nats. The time line joins the fastest solve at each NFE.",
                    mark.tol(), mark.nfe(), mark.error());
        }
        return Double.isNaN(shownTolerance) ? "Training uses a fixed-step solver: no tolerance to mark."
                : String.format(Locale.ROOT, "Training now runs at tolerance %.1e, which this sweep did not include:"
                        + " sweep again (Ctrl+F) to mark it.", shownTolerance);
    }

    private static String tableText(FrontierSweep.Result r, FrontierSweep.Point mark) {
        StringBuilder s = new StringBuilder("  tolerance     NFE    error (nats)   time\n");
        for (FrontierSweep.Point p : r.points()) {
            s.append(String.format(Locale.ROOT, "%s %-10.1e %6d    %10.2e   %6.1f ms%n", p == mark ? ">" : " ",
                    p.tol(), p.nfe(), p.error(), 1000 * p.seconds()));
        }
        return s.toString().strip();
    }

    private static double[] logErrors(List<FrontierSweep.Point> points) {
        return points.stream().mapToDouble(p -> Math.log10(Math.max(p.error(), 1e-12))).toArray();
    }

    private static double[] nfes(List<FrontierSweep.Point> points) {
        return points.stream().mapToDouble(FrontierSweep.Point::nfe).toArray();
    }

    private static double[] seconds(List<FrontierSweep.Point> points) {
        return points.stream().mapToDouble(FrontierSweep.Point::seconds).toArray();
    }
}
