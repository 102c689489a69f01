package dev.neuralode.ui.lab;

import dev.neuralode.lab.AdjointReport;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The adjoint view's two tables: the gradients at one horizon, and the cost of each method per horizon. */
final class AdjointTables {

    private final GridPane gradients = grid("labGradientTable");
    private final GridPane sweep = grid("labSweepTable");

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(14);
        g.setVgap(2);
        return g;
    }

    void showGradients(AdjointReport rep) {
        gradients.getChildren().clear();
        header(gradients, "method", "rel. error", "gradient by " + rep.labels(), "NFE fwd", "NFE bwd", "memory", "time");
        int row = 1;
        if (rep.reference() != null) {
            cells(gradients, row++, "reference", "", vector(rep.reference()), "", "", "", "");
        }
        for (AdjointReport.MethodResult m : rep.methods()) {
            if (m.failed()) {
                cells(gradients, row++, m.method().label(), "failed: " + m.failure(), "", "", "", "", "");
            } else {
                cells(gradients, row++, m.method().label(), sci(m.relativeError()), vector(m.gradient()),
                        Integer.toString(m.forwardNfe()), Integer.toString(m.backwardNfe()), kb(m.tapeBytes()),
                        String.format(Locale.ROOT, "%.0f ms", m.wallNanos() / 1e6));
            }
        }
    }

    void showSweep(List<AdjointReport> reps) {
        sweep.getChildren().clear();
        header(sweep, "T", "method", "NFE fwd", "NFE bwd", "memory", "rel. error", "reconstruction error");
        int row = 1;
        for (AdjointReport rep : reps) {
            for (AdjointReport.MethodResult m : rep.methods()) {
                cells(sweep, row++, String.format(Locale.ROOT, "%g", rep.horizon()), m.method().label(),
                        m.failed() ? "failed" : Integer.toString(m.forwardNfe()), Integer.toString(m.backwardNfe()),
                        kb(m.tapeBytes()), sci(m.relativeError()),
                        m.reconstruction() == null ? "" : sci(m.reconstruction().maxError()));
            }
        }
    }

    private static void header(GridPane g, String... names) {
        for (int c = 0; c < names.length; c++) {
            Label l = new Label(names[c]);
            l.setStyle("-fx-font-weight: bold;");
            l.setMinWidth(Label.USE_PREF_SIZE);
            g.add(l, c, 0);
        }
    }

    private static void cells(GridPane g, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            Label l = new Label(texts[c]);
            l.getStyleClass().add("number");
            l.setMinWidth(Label.USE_PREF_SIZE);
            g.add(l, c, row);
        }
    }

    private static String vector(double[] v) {
        if (v == null) {
            return "";
        }
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5g", v[i]));
        }
        return s.append(']').toString();
    }

    private static String sci(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2e", v);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    Node gradients() {
        return gradients;
    }

    Node sweep() {
        return sweep;
    }
}
