package dev.neuralode.ui.lab;

import dev.neuralode.lab.Catalogue;
import dev.neuralode.lab.LabProblem;
import dev.neuralode.lab.TypedProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The problem: a catalogue entry with its parameters on sliders. */
final class ProblemPanel {

    private final ComboBox<LabProblem> problem = new ComboBox<>();
    private final Label description = new Label();
    private final ParameterSliders sliders = new ParameterSliders();
    private final List<InvalidationListener> listeners = new ArrayList<>();
    private final TypedEditor typed = new TypedEditor(this::useTyped);
    private final VBox node;

    ProblemPanel() {
        problem.setId("labProblem");
        problem.getItems().setAll(Catalogue.all());
        problem.setConverter(new StringConverter<>() {
            @Override
            public String toString(LabProblem p) {
                return p == null ? "" : p.title();
            }

            @Override
            public LabProblem fromString(String s) {
                return null;
            }
        });
        problem.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LabProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title());
            }
        });
        problem.setMaxWidth(Double.MAX_VALUE);
        description.setWrapText(true);
        description.setId("labDescription");
        problem.valueProperty().addListener((o, a, b) -> showProblem(b));
        Label heading = new Label("Problem");
        heading.getStyleClass().add("panel-heading");
        node = new VBox(4, heading, problem, description, sliders.node(), new Separator(), typed.node());
        problem.setValue(Catalogue.all().get(0));
    }

    /** Puts a typed problem in the list, in place of the one typed before, and shows it. */
    private void useTyped(TypedProblem p) {
        problem.getItems().removeIf(q -> q instanceof TypedProblem);
        problem.getItems().add(p);
        problem.setValue(p);
    }

    private void showProblem(LabProblem p) {
        description.setText(p.description());
        sliders.show(p.parameters());
        listeners.forEach(l -> l.invalidated(problem.valueProperty()));
    }

    LabProblem problem() {
        return problem.getValue();
    }

    /** The parameter values the sliders show. */
    Map<String, Double> values() {
        return sliders.values();
    }

    /** Called when the problem or a parameter changes (for a new problem, once its sliders are shown). */
    void onChange(InvalidationListener l) {
        listeners.add(l);
        sliders.onChange(l);
    }

    Node node() {
        return node;
    }
}
