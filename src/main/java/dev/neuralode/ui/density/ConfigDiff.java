package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.train.CnfExperiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Names the settings that differ between two configs and need a new model, for the Reset banner. */
final class ConfigDiff {

    /** One changed setting: its name as the panels show it, and its new value in words. */
    private record Change(String name, String now) {
    }

    private ConfigDiff() {
    }

    /** The settings, in panel order, whose change {@link CnfExperiment#needsNewModel} refuses to apply live. */
    static List<String> needingNewModel(CnfExperiment from, CnfExperiment to) {
        return changes(from, to).stream().map(Change::name).toList();
    }

    /**
     * The banner's sentence: what changed, to what, and the two ways out, such as "Changing the
     * objective to match a density (KL) and the target to two moons needs a new model: Reset to apply
     * them (the training so far is lost), or change them back to keep training."
     *
     * @param drawnData whether the drawn points changed too
     * @return the sentence, or empty when nothing that needs a new model changed
     */
    static String sentence(CnfExperiment from, CnfExperiment to, boolean drawnData) {
        List<String> parts = new ArrayList<>();
        for (Change c : changes(from, to)) {
            parts.add("the " + c.name() + " to " + c.now());
        }
        if (drawnData) {
            parts.add("the drawn points");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String them = parts.size() == 1 ? "it" : "them";
        return "Changing " + joined(parts) + " needs a new model: Reset to apply " + them
                + " (the training so far is lost), or change " + them + " back to keep training.";
    }

    private static List<Change> changes(CnfExperiment from, CnfExperiment to) {
        List<Change> changes = new ArrayList<>();
        add(changes, "dataset", from.dataset(), to.dataset(), "custom".equals(to.dataset()) ? "drawn points" : to.dataset());
        add(changes, "objective", from.objective(), to.objective(), named(to.objective()));
        add(changes, "target", from.target(), to.target(), AnalyticDensity.displayName(to.target()));
        add(changes, "model", from.model(), to.model(), named(to.model()));
        add(changes, "width", from.width(), to.width(), null);
        add(changes, "hidden size", from.hidden(), to.hidden(), null);
        add(changes, "hidden sizes", from.hiddenDims(), to.hiddenDims(),
                String.join(",", to.hiddenDims().stream().map(String::valueOf).toList()));
        add(changes, "activation", from.activation(), to.activation(), null);
        add(changes, "end time", from.endTime(), to.endTime(), null);
        add(changes, "learnt end time", from.learnEndTime(), to.learnEndTime(), to.learnEndTime() ? "on" : "off");
        add(changes, "planar layers", from.planarLayers(), to.planarLayers(), null);
        add(changes, "base variance", from.baseVariance(), to.baseVariance(), null);
        add(changes, "dtype", from.dtype(), to.dtype(), null);
        add(changes, "seed", from.seed(), to.seed(), null);
        add(changes, "noise", from.noise(), to.noise(), String.format(Locale.ROOT, "%.2f\u00d7 the dataset's own", to.noise()));
        add(changes, "data seed", from.dataSeed(), to.dataSeed(), to.dataSeed() + " (a new sample)");
        return changes;
    }

    private static String named(String id) {
        return SettingsPanel.NAMES.getOrDefault(id, id);
    }

    private static void add(List<Change> changes, String name, Object a, Object b, String now) {
        if (!Objects.equals(a, b)) {
            changes.add(new Change(name, now != null ? now : String.valueOf(b)));
        }
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
