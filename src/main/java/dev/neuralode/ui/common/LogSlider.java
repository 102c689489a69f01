package dev.neuralode.ui.common;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A slider over decades (tolerances, learning rates) whose value is shown as a number: the thumb
 * moves in log10, the value is rounded to two significant digits so it reads like a setting
 * someone would type (3.2e-4, not 3.1622776e-4).
 */
public final class LogSlider extends HBox {

    private final Slider slider;
    private final Label label = new Label();
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private boolean syncing;

    public LogSlider(String id, double min, double max, double initial) {
        super(6);
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(initial));
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.5);
        label.setId(id + "Value");
        label.setMinWidth(58);
        label.getStyleClass().add("number");
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(slider, label);
        setAlignment(Pos.CENTER_LEFT);
        value.set(initial);
        show(initial);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                set(round(Math.pow(10, b.doubleValue())));
            }
        });
        value.addListener((o, a, b) -> {
            show(b.doubleValue());
            syncing = true;
            slider.setValue(Math.log10(b.doubleValue()));
            syncing = false;
        });
    }

    /** The value in linear units. */
    public DoubleProperty valueProperty() {
        return value;
    }

    public Slider slider() {
        return slider;
    }

    private void set(double v) {
        value.set(v);
    }

    private void show(double v) {
        label.setText(format(v));
    }

    public static String format(double v) {
        return String.format(Locale.ROOT, "%.1e", v);
    }

    /** Two significant digits. */
    public static double round(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return v;
        }
        // Through the decimal form, so the double is the one a user typing "3.2e-4" would get.
        return Double.parseDouble(format(v));
    }
}
