package dev.neuralode.ui.latent;

import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.train.LatentProjection;
import dev.neuralode.ui.common.ChartColumn;
import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.LegendKey;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The latent side of a posterior: the latent trajectories z(t) of the mean and the samples
 * projected to a plane ({@link ProjectionChoice}), with z0 marked, and, with the Poisson likelihood,
 * the intensity lambda(t) along the mean trajectory with the observation times marked on the time
 * axis. Updated on the pulse after a new posterior or projection, retried while a chart reads its data.
 */
final class LatentCharts {

    private final LatentViewModel vm;
    private final XYChart latent = Charts.chart(null, "PC1", "PC2");
    private final XYChart intensity = Charts.chart(null, "t", "\u03bb(t)");
    private final List<DoubleDataSet> samples = new ArrayList<>();
    private final DoubleDataSet mean = Charts.line("posterior mean", Charts.BLUE, 2.4);
    private final DoubleDataSet start = Charts.markers("z0 (t = 0)", Charts.RED, "circle", 5);
    private final DoubleDataSet lambda = Charts.line("\u03bb(t)", Charts.PURPLE, 2);
    private final DoubleDataSet events = Charts.markers("observation times", Charts.GREEN, "circle", 2.5);
    private final ChartColumn column;
    private long shownRevision = -1;
    private ProjectionChoice shownProjection;

    LatentCharts(LatentViewModel vm) {
        this.vm = vm;
        for (int i = 0; i < LatentViewModel.SAMPLES; i++) {
            DoubleDataSet s = Charts.line(i == 0 ? "posterior samples" : "sample " + (i + 1), "#e69f0099", 0.9);
            samples.add(s);
            latent.getDatasets().add(s);
        }
        latent.getDatasets().add(mean);
        Charts.addMarkers(latent, start);
        latent.setId("latentProjectionChart");
        intensity.getDatasets().add(lambda);
        Charts.addMarkers(intensity, events);
        intensity.setId("intensityChart");
        intensity.setVisible(false);
        new ChartHeader(latent, "Latent trajectory z(t), projected").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.BLUE, "posterior mean"),
                LegendKey.of(LegendKey.Swatch.LINE, "#e69f00", "posterior samples"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.RED, "z0 (t = 0)"));
        new ChartHeader(intensity, "Poisson intensity \u03bb(t), posterior mean").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.PURPLE, "\u03bb(t)"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.GREEN, "observation times"));
        latent.setPrefHeight(360);
        intensity.setPrefHeight(220);
        column = new ChartColumn(latent, intensity);
    }

    Node node() {
        return column.node();
    }

    /** Points of the projected mean trajectory, for tests. */
    int latentPoints() {
        return mean.getDataCount();
    }

    /** Shows the newest posterior, once per new revision or projection; the FX thread calls it once per pulse. */
    void refresh() {
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        ProjectionChoice choice = vm.projectionProperty().get();
        if (inf == null || (vm.revisionProperty().get() == shownRevision && choice.equals(shownProjection))) {
            return;
        }
        List<DataSet> all = new ArrayList<>(samples);
        all.addAll(List.of(mean, start, lambda, events));
        if (!Charts.writable(all.toArray(DataSet[]::new))) {
            return;
        }
        shownRevision = vm.revisionProperty().get();
        shownProjection = choice;
        LatentPrediction p = inf.prediction();
        LatentProjection projection = choice.of(p);
        latent.getXAxis().setName(projection.labels()[0]);
        latent.getYAxis().setName(projection.labels()[1]);
        for (int i = 0; i < samples.size(); i++) {
            if (i < p.sampleCount()) {
                set(samples.get(i), projection.apply(p.latentSamples()[i]));
            } else {
                samples.get(i).clearData();
            }
        }
        double[][] m = projection.apply(p.latent());
        set(mean, m);
        double[][] z0 = projection.apply(new double[][] {p.z0Mean()});
        start.set(new double[] {z0[0][0]}, new double[] {z0[0][1]});
        showIntensity(p);
    }

    private void showIntensity(LatentPrediction p) {
        intensity.setVisible(p.intensity() != null);
        if (p.intensity() == null) {
            lambda.clearData();
            events.clearData();
            return;
        }
        lambda.set(p.times(), p.intensity());
        double[] t = p.observedTimes();
        events.set(t, new double[t.length]);
    }

    private static void set(DoubleDataSet set, double[][] xy) {
        double[] x = new double[xy.length];
        double[] y = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            x[i] = xy[i][0];
            y[i] = xy[i][1];
        }
        set.set(x, y);
    }
}
