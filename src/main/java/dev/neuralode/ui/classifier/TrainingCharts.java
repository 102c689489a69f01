package dev.neuralode.ui.classifier;

import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.MetricCharts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * The MNIST training charts against iteration: the validation error above the shared loss, NFE
 * (forward and backward: the paper's Figure 3c and 3d) and seconds-per-iteration charts, with the
 * epoch boundaries marked on all of them.
 */
final class TrainingCharts {

    private final ClassifierViewModel vm;
    private final MetricCharts metrics = new MetricCharts(false);
    private final XYChart validation = Charts.chart("Validation error (" + ValidationViewModel.IMAGES
            + " digits); dashed lines: epochs", "iteration", "error (%)");
    private final DoubleDataSet errors = Charts.markers("validation error", Charts.RED, "circle", 4);
    private final EpochMarks marks;
    private final SplitPane box;
    private long shownRevision = -1;

    TrainingCharts(ClassifierViewModel vm) {
        this.vm = vm;
        ((ErrorDataSetRenderer) validation.getRenderers().get(0)).setDrawMarker(true);
        validation.getDatasets().add(errors);
        validation.setId("mnistValidationChart");
        validation.setMinHeight(150);
        List<XYChart> marked = new ArrayList<>(List.of(validation));
        marked.addAll(metrics.iterationCharts());
        marks = new EpochMarks(marked);
        // A split rather than a column: the shared charts below would take the validation chart's room.
        box = new SplitPane(validation, metrics.node());
        box.setOrientation(Orientation.VERTICAL);
        box.setDividerPositions(0.25);
    }

    Node node() {
        return box;
    }

    int nfePoints() {
        return metrics.nfePoints();
    }

    int validationPoints() {
        return errors.getDataCount();
    }

    /** Appends what is new; the FX thread calls it once per pulse. */
    void refresh(long now) {
        ClassifierTrainingViewModel t = vm.training();
        metrics.refresh(t.history(), t.latestProperty().get(), now);
        ClassifierHandle h = t.session();
        marks.show(t.iterationProperty().get(), h == null ? 0 : h.session().iterationsPerEpoch());
        long revision = vm.validation().revisionProperty().get();
        if (revision != shownRevision && Charts.writable(errors)) {
            shownRevision = revision;
            List<ValidationViewModel.Point> points = vm.validation().points();
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = points.get(i).iteration();
                y[i] = 100 * points.get(i).error();
            }
            errors.set(x, y);
        }
    }
}
