package dev.neuralode.ui.lab;

import dev.neuralode.lab.SolveSettings;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import dev.neuralode.ui.common.LogSlider;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The solver's settings: any method of the engine, the controller of the adaptive ones, tolerances
 * on log sliders and the step of the fixed-grid methods. Controls that do not apply to the chosen
 * method are disabled, not hidden, so the panel does not jump.
 */
final class SolverPanel {

    private final ComboBox<String> method = new ComboBox<>();
    private final ComboBox<String> controller = new ComboBox<>();
    private final LogSlider rtol = new LogSlider("labRtol", 1e-12, 1e-1, 1e-6);
    private final LogSlider atol = new LogSlider("labAtol", 1e-12, 1e-1, 1e-8);
    private final LogSlider step = new LogSlider("labStep", 1e-4, 1, 0.01);
    private final VBox node;

    SolverPanel() {
        method.setId("labMethod");
        method.getItems().setAll(Methods.names());
        method.setValue(Methods.DOPRI5.name());
        method.setMaxWidth(Double.MAX_VALUE);
        method.setTooltip(new Tooltip("The engine's methods under torchdiffeq's names; the first six choose their own"
                + " steps, the others take the fixed step below."));
        controller.setId("labController");
        for (SolveSettings.Controller c : SolveSettings.Controller.values()) {
            controller.getItems().add(c.name().toLowerCase(Locale.ROOT));
        }
        controller.setValue("integral");
        controller.setMaxWidth(Double.MAX_VALUE);
        controller.setTooltip(new Tooltip("integral: torchdiffeq's controller. pi, pid: Soderlind's digital filters,"
                + " smoother step sequences on hard problems."));
        node = new VBox(4, heading("Method"), method, heading("Step-size controller"), controller,
                heading("Relative tolerance rtol"), rtol, heading("Absolute tolerance atol"), atol,
                heading("Fixed step h"), step);
        method.valueProperty().addListener((o, a, b) -> enableForMethod());
        enableForMethod();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private void enableForMethod() {
        boolean adaptive = chosenMethod().hasErrorEstimate();
        controller.setDisable(!adaptive);
        rtol.setDisable(!adaptive);
        atol.setDisable(!adaptive);
        step.setDisable(adaptive);
    }

    private Method chosenMethod() {
        return Methods.byName(method.getValue());
    }

    /** The settings the controls show. */
    SolveSettings settings() {
        return SolveSettings.defaults().withMethod(chosenMethod())
                .withController(SolveSettings.Controller.byName(controller.getValue()))
                .withTolerances(rtol.valueProperty().get(), atol.valueProperty().get())
                .withFixedStep(step.valueProperty().get());
    }

    /** Called whenever a setting changes. */
    void onChange(InvalidationListener l) {
        method.valueProperty().addListener(l);
        controller.valueProperty().addListener(l);
        rtol.valueProperty().addListener(l);
        atol.valueProperty().addListener(l);
        step.valueProperty().addListener(l);
    }

    Node node() {
        return node;
    }
}
