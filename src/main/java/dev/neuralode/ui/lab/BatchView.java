package dev.neuralode.ui.lab;

import dev.neuralode.lab.BatchCoupling;
import dev.neuralode.lab.OdeSystem;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.ProgressJob;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Batch coupling: initial states solved together share one step size, so the hardest member sets
 * the steps of all (the error norm is taken over the whole batch). Shown as the batch's NFE beside
 * each member's NFE alone, their sum and their maximum.
 */
final class BatchView {

    private static final double BAR_WIDTH = 360;

    private final Supplier<SolveViewModel.Request> request;
    private final ProgressJob<BatchCoupling.Result> job;
    private final Spinner<Integer> members = new Spinner<>(2, 32, BatchCoupling.DEFAULT_MEMBERS);
    private final Spinner<Double> hard = new Spinner<>(1.0, 20.0, BatchCoupling.DEFAULT_HARD_FACTOR, 0.5);
    private final Label summary = new Label();
    private final GridPane bars = new GridPane();
    private final ScrollPane scroll;

    BatchView(Supplier<SolveViewModel.Request> request, Executor work, Executor fx) {
        this.request = request;
        job = new ProgressJob<>(work, fx, "Solve a batch of starts around the problem's own, and one hard member.");
        members.setId("labBatchMembers");
        hard.setId("labBatchHard");
        members.setPrefWidth(80);
        hard.setPrefWidth(90);
        JobBar bar = new JobBar("labBatch", "Solve batch", job, this::measure, new Label("Members"), members,
                new Label("Hard member = start \u00d7"), hard);
        summary.setId("labBatchSummary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-size: 14px;");
        bars.setHgap(8);
        bars.setVgap(3);
        Label how = new Label("Members: the problem's start, starts on a small circle around it (radius "
                + BatchCoupling.DEFAULT_RADIUS + " of its size), and the start scaled by the factor above. The error"
                + " norm covers the whole batch, so one step size serves every member.");
        how.setWrapText(true);
        VBox content = new VBox(10, bar.node(), how, summary, bars);
        content.setStyle("-fx-padding: 8;");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        job.resultProperty().addListener((o, a, r) -> {
            if (r != null) {
                show(r);
            }
        });
    }

    private void measure() {
        SolveViewModel.Request r = request.get();
        int n = members.getValue();
        double factor = hard.getValue();
        job.start("Solving " + n + " members together and alone...", (progress, cancel) -> {
            OdeSystem sys = r.problem().system(r.values());
            return BatchCoupling.measure(sys, r.settings(),
                    BatchCoupling.spread(sys, n, BatchCoupling.DEFAULT_RADIUS, factor));
        }, res -> res.completed() ? "Done." : "A solve stopped early: " + res.batchFailure());
    }

    private void show(BatchCoupling.Result r) {
        double ratio = r.memberEvaluations() / (double) Math.max(1, r.sumAlone());
        String verdict = ratio > 1.05
                ? String.format(Locale.ROOT, " Together the members cost %.2f times what they cost alone: the hardest one sets"
                        + " everyone's steps.", ratio)
                : " Here no member is much harder than the others, so together they cost what they cost alone.";
        summary.setText(String.format(Locale.ROOT, "Together: %d evaluations of the batch, %d member evaluations. Alone:"
                + " %d in sum, %d for the hardest member.", r.batchNfe(), r.memberEvaluations(), r.sumAlone(),
                r.maxAlone()) + verdict);
        bars.getChildren().clear();
        int widest = Math.max(r.batchNfe(), r.maxAlone());
        bar(0, "batch, together", r.batchNfe(), widest, Charts.BLUE);
        for (int k = 0; k < r.members().size(); k++) {
            BatchCoupling.Member m = r.members().get(k);
            String name = k == 0 ? "own start, alone" : k == r.members().size() - 1 ? "hard member, alone"
                    : "member " + k + ", alone";
            bar(k + 1, name, m.nfe(), widest, k == r.members().size() - 1 ? Charts.RED : Charts.GREEN);
        }
    }

    private void bar(int row, String name, int nfe, int widest, String colour) {
        Rectangle r = new Rectangle(Math.max(1, BAR_WIDTH * nfe / Math.max(1, widest)), 12, Color.web(colour));
        bars.addRow(row, new Label(name), r, new Label(Integer.toString(nfe)));
    }

    Node node() {
        return scroll;
    }
}
