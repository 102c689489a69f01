package dev.neuralode.ui.lab;

import dev.neuralode.lab.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

/**
 * One slider per parameter of a problem, in log10 for the parameters that span decades; the label
 * above each shows the value as it will be used. A complex parameter (the linear test equation's
 * {@code re} and {@code im}) also gets a plane to pick it on.
 */
final class ParameterSliders {

    private final VBox node = new VBox(2);
    private final Map<Parameter, Slider> sliders = new LinkedHashMap<>();
    private final List<InvalidationListener> listeners = new java.util.ArrayList<>();

    /** Shows the sliders of these parameters at their defaults. */
    void show(List<Parameter> parameters) {
        node.getChildren().clear();
        sliders.clear();
        for (Parameter p : parameters) {
            Slider s = p.logScale() ? new Slider(Math.log10(p.min()), Math.log10(p.max()), Math.log10(p.defaultValue()))
                    : new Slider(p.min(), p.max(), p.defaultValue());
            s.setId("labParam-" + p.name());
            Label label = new Label();
            label.setId("labParamValue-" + p.name());
            Runnable show = () -> label.setText(p.label() + " = " + format(value(p, s)));
            show.run();
            s.valueProperty().addListener((o, a, b) -> show.run());
            // Solve when the thumb is released or moved by keys, and while dragging: the lab drops stale solves.
            listeners.forEach(l -> s.valueProperty().addListener(l));
            sliders.put(p, s);
            node.getChildren().addAll(label, s);
        }
        if (parameters.isEmpty()) {
            node.getChildren().add(new Label("This problem has no parameters."));
        }
        Parameter re = parameters.stream().filter(p -> p.name().equals("re")).findFirst().orElse(null);
        Parameter im = parameters.stream().filter(p -> p.name().equals("im")).findFirst().orElse(null);
        if (re != null && im != null) {
            node.getChildren().add(new ComplexPlanePicker(re, sliders.get(re), im, sliders.get(im)));
        }
    }

    /** The values the sliders show, by parameter name. */
    Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        sliders.forEach((p, s) -> v.put(p.name(), value(p, s)));
        return v;
    }

    /** Called whenever a slider moves (also for sliders shown later). */
    void onChange(InvalidationListener l) {
        listeners.add(l);
        sliders.values().forEach(s -> s.valueProperty().addListener(l));
    }

    private static double value(Parameter p, Slider s) {
        double v = p.logScale() ? Math.pow(10, s.getValue()) : s.getValue();
        // Three significant digits, so the value reads like one typed and the reference cache sees few keys.
        double rounded = Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
        return Math.min(p.max(), Math.max(p.min(), rounded));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    Node node() {
        return node;
    }
}
