package dev.neuralode.ui.common;

import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSnapshot;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A tab's controls by the setting a failure's remedy names, so that its advice reads "lower the
 * Learning rate control" in the window where the command line says "lower --lr".
 */
public final class ControlNames implements Function<Setting, String> {

    private final Map<Setting, String> labels;

    private ControlNames(Map<Setting, String> labels) {
        this.labels = labels;
    }

    /** @param labels each setting's control as its label reads; a setting the tab does not show is left out */
    public static ControlNames of(Map<Setting, String> labels) {
        return new ControlNames(labels.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(labels));
    }

    @Override
    public String apply(Setting setting) {
        String label = labels.get(setting);
        return label != null ? "the " + label + " control" : setting.words() + " (which this tab has no control for)";
    }

    /** Why a failed iteration failed, in this tab's words; empty when it did not fail. */
    public String failure(TrainingSnapshot snapshot) {
        return snapshot.failure() == null ? "" : snapshot.failure().render(this);
    }
}
