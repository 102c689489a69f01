package dev.neuralode.ui.lab;

import dev.neuralode.lab.SolveReport;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The numbers of one solve: cost, error against the reference, drifts, events and any failure. */
final class SolveStats {

    private final GridPane grid = new GridPane();
    private final Label nfe = value("labNfe");
    private final Label accepted = value("labAccepted");
    private final Label rejected = value("labRejected");
    private final Label wall = value("labWall");
    private final Label error = value("labError");
    private final Label reference = value("labReference");
    private final Label extra = value("labExtra");
    private final Label failure = value("labFailure");

    SolveStats() {
        grid.setHgap(10);
        grid.setVgap(2);
        row(0, "NFE", nfe);
        row(1, "accepted steps", accepted);
        row(2, "rejected steps", rejected);
        row(3, "wall time", wall);
        row(4, "error (max, end)", error);
        row(5, "reference", reference);
        row(6, "", extra);
        grid.add(failure, 0, 7, 2, 1);
        failure.setStyle("-fx-text-fill: #b03000;");
        failure.setWrapText(true);
        reference.setWrapText(true);
        extra.setWrapText(true);
    }

    private static Label value(String id) {
        Label l = new Label("-");
        l.setId(id);
        l.getStyleClass().add("number");
        return l;
    }

    private void row(int r, String name, Label v) {
        grid.add(new Label(name), 0, r);
        grid.add(v, 1, r);
    }

    void show(SolveReport r) {
        nfe.setText(Integer.toString(r.nfe()));
        accepted.setText(Integer.toString(r.accepted()));
        rejected.setText(Integer.toString(r.rejected()));
        wall.setText(String.format(Locale.ROOT, "%.1f ms", r.wallMillis()));
        error.setText(Double.isNaN(r.maxError()) ? "no reference"
                : String.format(Locale.ROOT, "%.2e, %.2e", r.maxError(), r.finalError()));
        reference.setText(r.referenceNote());
        StringBuilder more = new StringBuilder();
        for (int j = 0; j < r.drift().length; j++) {
            double[] d = r.drift()[j];
            more.append(String.format(Locale.ROOT, "%s drift at the end: %.2e%n", r.system().invariants().get(j).name(),
                    d.length == 0 ? Double.NaN : d[d.length - 1]));
        }
        if (r.eventTimes().length > 0) {
            more.append(r.eventTimes().length).append(" events, the first at t = ")
                    .append(String.format(Locale.ROOT, "%.4f", r.eventTimes()[0]));
        }
        extra.setText(more.toString().strip());
        failure.setText(r.failure() == null ? "" : "The solve stopped: " + r.failure());
    }

    Node node() {
        return grid;
    }
}
