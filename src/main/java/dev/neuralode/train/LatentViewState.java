package dev.neuralode.train;

import dev.neuralode.data.IrregularSeries;
import java.util.List;

/**
 * What the latent ODE explorer shows besides the model, kept in a saved latent experiment so that
 * Open brings the same view back: where the series come from, which one is shown and the user's
 * edits of it.
 *
 * @param source       {@link #SPIRALS}, or the name of the file the series were imported from
 * @param imported     the imported series (times from their first observation), empty for the spirals
 * @param selected     the index of the series shown
 * @param observations the shown series' observations after the user's edits, or null when it is unedited
 */
public record LatentViewState(String source, List<IrregularSeries> imported, int selected, IrregularSeries observations) {

    /** The source of the session's own spirals. */
    public static final String SPIRALS = "spirals";

    public LatentViewState {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the series' source must be named ('" + SPIRALS + "' or a file name)");
        }
        imported = List.copyOf(imported);
        if (SPIRALS.equals(source) != imported.isEmpty()) {
            throw new IllegalArgumentException("series imported from '" + source + "' are missing, or spirals came with"
                    + " imported series");
        }
        if (selected < 0 || (!imported.isEmpty() && selected >= imported.size())) {
            throw new IllegalArgumentException("series " + selected + " does not exist: the file has " + imported.size());
        }
        if (observations != null && observations.size() == 0) {
            throw new IllegalArgumentException("the edited series has no observation; the posterior needs at least one");
        }
    }

    /** The first spiral, unedited: the view of a new session. */
    public static LatentViewState spirals() {
        return new LatentViewState(SPIRALS, List.of(), 0, null);
    }

    /** Whether the series come from the session's spirals rather than a file. */
    public boolean onSpirals() {
        return imported.isEmpty();
    }
}
