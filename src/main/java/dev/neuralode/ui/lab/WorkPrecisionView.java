package dev.neuralode.ui.lab;

import dev.neuralode.lab.OdeSystem;
import dev.neuralode.lab.WorkPrecision;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.LegendKey;
import dev.neuralode.ui.common.ProgressJob;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The work-precision diagram (Hairer, Norsett and Wanner, Solving ODEs I, section II.10): for
 * several methods at once, the error against the number of evaluations and against wall time across
 * a range of tolerances, both on log-log axes. The method with the lowest curve is the cheapest at
 * that precision.
 */
final class WorkPrecisionView {

    private static final String[] COLOURS = {Charts.BLUE, Charts.ORANGE, Charts.GREEN, Charts.RED, Charts.PURPLE,
        "#555555"};
    private static final List<String> CHOSEN = List.of("dopri5", "tsit5", "bosh3", "dopri8");

    private final Supplier<SolveViewModel.Request> request;
    private final ProgressJob<WorkPrecision.Diagram> job;
    private final List<CheckBox> methods = new ArrayList<>();
    private final TextField tolerances = new TextField("1e-3:1e-10");
    private final XYChart byNfe = Charts.chart("", "NFE", "error");
    private final XYChart byTime = Charts.chart("", "wall time (ms)", "error");
    private final ErrorDataSetRenderer nfeMarks;
    private final ErrorDataSetRenderer timeMarks;
    private final FlowPane keys = new FlowPane(10, 2);
    private final Label note = new Label();
    private final VBox node;

    /**
     * @param request the problem, its parameter values and the controller the side panel shows, read
     *     on the FX thread when Measure is pressed
     */
    WorkPrecisionView(Supplier<SolveViewModel.Request> request, Executor work, Executor fx) {
        this.request = request;
        job = new ProgressJob<>(work, fx, "Choose methods and a tolerance range, then Measure.");
        FlowPane choice = new FlowPane(10, 4);
        for (String name : WorkPrecision.adaptiveNames()) {
            CheckBox box = new CheckBox(name);
            box.setId("labWpMethod-" + name);
            box.setMnemonicParsing(false);
            box.setSelected(CHOSEN.contains(name));
            methods.add(box);
            choice.getChildren().add(box);
        }
        tolerances.setId("labWpTolerances");
        tolerances.setPrefColumnCount(10);
        JobBar bar = new JobBar("labWp", "Measure", job, this::measure, new Label("Tolerances"), tolerances);
        for (XYChart c : List.of(byNfe, byTime)) {
            Charts.xAxis(c).setLogarithmic(true);
            Charts.yAxis(c).setLogarithmic(true);
        }
        nfeMarks = Charts.addMarkers(byNfe);
        timeMarks = Charts.addMarkers(byTime);
        byNfe.setId("labWpByNfe");
        byTime.setId("labWpByTime");
        new ChartHeader(byNfe, "Error against evaluations");
        new ChartHeader(byTime, "Error against wall time");
        HBox charts = new HBox(8, byNfe, byTime);
        HBox.setHgrow(byNfe, Priority.ALWAYS);
        HBox.setHgrow(byTime, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setText("rtol = atol = each tolerance; the error is the largest over 101 output times against the"
                + " reference; the time is the median of three solves.");
        node = new VBox(8, choice, bar.node(), keys, charts, note);
        node.setStyle("-fx-padding: 8;");
        job.resultProperty().addListener((o, a, d) -> {
            if (d != null) {
                show(d);
            }
        });
    }

    private void measure() {
        List<Method> chosen = methods.stream().filter(CheckBox::isSelected).map(b -> Methods.byName(b.getText())).toList();
        String text = tolerances.getText();
        SolveViewModel.Request r = request.get();
        job.start("Measuring " + chosen.size() + " methods...", (progress, cancel) -> {
            OdeSystem sys = r.problem().system(r.values());
            return WorkPrecision.measure(sys, chosen, WorkPrecision.tolerances(text, null), r.settings(),
                    WorkPrecision.DEFAULT_REPEATS, (done, total) -> progress.accept(done / (double) total), cancel);
        }, d -> String.format(Locale.ROOT, "%d rows for %s; reference: %s.", d.rows().size(), d.system().title(),
                d.referenceNote()));
    }

    private void show(WorkPrecision.Diagram d) {
        List<String> names = d.rows().stream().map(WorkPrecision.Row::method).distinct().toList();
        for (ErrorDataSetRenderer marks : List.of(nfeMarks, timeMarks)) {
            marks.getDatasets().clear();
        }
        byNfe.getDatasets().clear();
        byTime.getDatasets().clear();
        keys.getChildren().clear();
        for (int m = 0; m < names.size(); m++) {
            String name = names.get(m);
            String colour = COLOURS[m % COLOURS.length];
            List<WorkPrecision.Row> ok = d.rowsOf(name).stream().filter(r -> !r.failed() && r.error() > 0).toList();
            double[] error = ok.stream().mapToDouble(r -> Math.log10(r.error())).toArray();
            plot(byNfe, nfeMarks, name, colour, ok.stream().mapToDouble(r -> Math.log10(r.nfe())).toArray(), error);
            plot(byTime, timeMarks, name, colour,
                    ok.stream().mapToDouble(r -> Math.log10(Math.max(1e-3, r.wallMillis()))).toArray(), error);
            keys.getChildren().add(LegendKey.of(LegendKey.Swatch.LINE, colour, name));
        }
    }

    /** One method's curve, a line through a dot per tolerance, both in log10. */
    private static void plot(XYChart chart, ErrorDataSetRenderer marks, String name, String colour, double[] x,
            double[] y) {
        DoubleDataSet line = Charts.line(name, colour, 1.4);
        DoubleDataSet dots = Charts.markers(name, colour, "circle", 3);
        line.set(x, y);
        dots.set(x, y);
        chart.getDatasets().add(line);
        marks.getDatasets().add(dots);
    }

    Node node() {
        return node;
    }
}
