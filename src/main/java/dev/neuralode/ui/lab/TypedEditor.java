package dev.neuralode.ui.lab;

import dev.neuralode.lab.ExpressionException;
import dev.neuralode.lab.TypedProblem;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A problem typed by the user: one {@code dy_i/dt} per line in {@code t} and {@code y1..yn}, the
 * start and the end time. A line that does not parse is named with its column, and the caret jumps
 * there.
 */
final class TypedEditor {

    private final TextArea expressions = new TextArea("y2\n-y1 - 0.1*y2");
    private final TextField start = new TextField("1, 0");
    private final TextField end = new TextField("20");
    private final Label error = new Label();
    private final VBox node;

    /** @param use receives each typed problem that parses */
    TypedEditor(Consumer<TypedProblem> use) {
        expressions.setId("labTypedRhs");
        expressions.setPrefRowCount(3);
        expressions.setStyle("-fx-font-family: monospace;");
        start.setId("labTypedStart");
        end.setId("labTypedEnd");
        error.setId("labTypedError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b03000;");
        Button apply = new Button("Solve typed problem");
        apply.setId("labTypedApply");
        apply.setOnAction(e -> parse().ifPresent(use));
        GridPane fields = new GridPane();
        fields.setHgap(6);
        fields.setVgap(4);
        fields.addRow(0, new Label("y(0) ="), start);
        fields.addRow(1, new Label("end time"), end);
        Label heading = new Label("Or type dy/dt, a line each");
        heading.getStyleClass().add("panel-heading");
        Label hint = new Label("Use t, y1, y2, ..., pi, sin, exp, sqrt, ^.");
        hint.setWrapText(true);
        node = new VBox(4, heading, expressions, fields, apply, error, hint);
    }

    /** The problem typed, or empty with the reason shown (and the caret at the fault). */
    java.util.Optional<TypedProblem> parse() {
        List<String> lines = Arrays.stream(expressions.getText().split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        try {
            double[] y0 = Arrays.stream(start.getText().split(",")).map(String::strip)
                    .mapToDouble(v -> number("y(0)", v)).toArray();
            TypedProblem p = TypedProblem.of(lines, y0, 0, number("end time", end.getText().strip()));
            error.setText("");
            return java.util.Optional.of(p);
        } catch (ExpressionException e) {
            error.setText(e.getMessage());
            placeCaret(e);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
        return java.util.Optional.empty();
    }

    private void placeCaret(ExpressionException e) {
        String[] raw = expressions.getText().split("\n", -1);
        int offset = 0;
        int component = -1;
        for (String line : raw) {
            if (!line.isBlank() && ++component == e.component()) {
                int indent = line.length() - line.stripLeading().length();
                expressions.requestFocus();
                expressions.positionCaret(offset + indent + Math.max(0, e.column() - 1));
                return;
            }
            offset += line.length() + 1;
        }
    }

    private static double number(String field, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number; write numbers like 1, -0.5"
                    + " or 2e-3, separated by commas");
        }
    }

    Node node() {
        return node;
    }
}
