package dev.neuralode.ui.density;

import dev.neuralode.train.CnfExperiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the settings that differ between two configs and need a new model, for the Reset banner. */
final class ConfigDiff {

    private ConfigDiff() {
    }

    /** The settings, in panel order, whose change {@link CnfExperiment#needsNewModel} refuses to apply live. */
    static List<String> needingNewModel(CnfExperiment from, CnfExperiment to) {
        List<String> names = new ArrayList<>();
        add(names, "dataset", from.dataset(), to.dataset());
        add(names, "objective", from.objective(), to.objective());
        add(names, "target", from.target(), to.target());
        add(names, "model", from.model(), to.model());
        add(names, "width", from.width(), to.width());
        add(names, "hidden size", from.hidden(), to.hidden());
        add(names, "hidden sizes", from.hiddenDims(), to.hiddenDims());
        add(names, "activation", from.activation(), to.activation());
        add(names, "end time", from.endTime(), to.endTime());
        add(names, "learnt end time", from.learnEndTime(), to.learnEndTime());
        add(names, "planar layers", from.planarLayers(), to.planarLayers());
        add(names, "base variance", from.baseVariance(), to.baseVariance());
        add(names, "dtype", from.dtype(), to.dtype());
        add(names, "seed", from.seed(), to.seed());
        return names;
    }

    private static void add(List<String> names, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            names.add(name);
        }
    }
}
