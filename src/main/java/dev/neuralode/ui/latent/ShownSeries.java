package dev.neuralode.ui.latent;

import dev.neuralode.data.IrregularSeries;
import dev.neuralode.train.EditedSeries;
import dev.neuralode.train.ExampleSeries;
import dev.neuralode.train.LatentViewState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The series the latent explorer shows: where the series come from (the session's spirals or a
 * file), which one is shown, the user's edits of it with their undo history, and what the last
 * edit did. Every change of the series shown runs {@code changed} (a new inference). FX thread only.
 */
final class ShownSeries {

    final ObjectProperty<List<ExampleSeries>> examples = new SimpleObjectProperty<>(this, "examples", List.of());
    final StringProperty source = new SimpleStringProperty(this, "source", LatentViewState.SPIRALS);
    final IntegerProperty selected = new SimpleIntegerProperty(this, "selected");
    final ObjectProperty<EditedSeries> edited = new SimpleObjectProperty<>(this, "edited");
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Deque<EditedSeries> undo = new ArrayDeque<>();
    private final Runnable changed;
    private boolean imported;

    ShownSeries(Runnable changed) {
        this.changed = changed;
    }

    /** Whether the series come from a file rather than the session's spirals. */
    boolean imported() {
        return imported;
    }

    /** Shows series {@code index} as it is, forgetting edits. */
    void select(int index) {
        List<ExampleSeries> list = examples.get();
        if (list.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(list.size() - 1, index));
        selected.set(i);
        undo.clear();
        edited.set(EditedSeries.of(list.get(i)));
        message.set(list.get(i).label() + ": click the view to add an observation");
        changed.run();
    }

    /**
     * A click at (x, y) in data units: on an observation (within {@code pickRadius}) it removes it,
     * elsewhere it adds one at the time of the nearest curve point; {@code remove} removes the
     * observation nearest to the click.
     */
    void click(double x, double y, boolean remove, double pickRadius) {
        EditedSeries e = edited.get();
        if (e == null) {
            return;
        }
        int nearest = e.nearest(x, y);
        double distance = Math.hypot(e.series().x(nearest) - x, e.series().y(nearest) - y);
        try {
            if (remove || distance <= pickRadius) {
                double t = e.series().time(nearest);
                apply(e.without(nearest), String.format(Locale.ROOT, "Removed the observation at t = %.3f", t));
            } else {
                EditedSeries added = e.withObservation(x, y);
                double t = added.example().truth().timeNear(x, y);
                apply(added, String.format(Locale.ROOT, "Added an observation at t = %.3f (the time of the nearest curve point)", t));
            }
        } catch (IllegalArgumentException refused) {
            message.set("Not changed: " + refused.getMessage());
        }
    }

    void undo() {
        EditedSeries before = undo.pollFirst();
        if (before != null) {
            edited.set(before);
            message.set("Undone: " + before.size() + " observations");
            changed.run();
        }
    }

    /** Shows the series of a file instead of the spirals. */
    void showImported(String name, List<IrregularSeries> read) {
        imported = true;
        source.set(name);
        examples.set(read.stream().map(ExampleSeries::imported).toList());
        select(0);
    }

    /** Shows the session's spirals. */
    void showSpirals(List<ExampleSeries> spirals) {
        imported = false;
        source.set(LatentViewState.SPIRALS);
        examples.set(spirals);
        select(0);
    }

    /**
     * A new session started. The series shown and its edits stay when the series is the same (a
     * new model on the same data, or imported series); new spirals show the same index fresh.
     */
    void sessionStarted(List<ExampleSeries> spirals) {
        EditedSeries e = edited.get();
        if (!imported) {
            examples.set(spirals);
        }
        int i = selected.get();
        if (e != null && i < examples.get().size() && examples.get().get(i).equals(e.example())) {
            changed.run();
        } else {
            select(i);
        }
    }

    /** Shows what a saved view showed: the source, the series and its edits. */
    void adopt(LatentViewState v, List<ExampleSeries> spirals) {
        imported = !v.onSpirals();
        source.set(v.source());
        examples.set(imported ? v.imported().stream().map(ExampleSeries::imported).toList() : spirals);
        int i = Math.min(v.selected(), examples.get().size() - 1);
        selected.set(i);
        undo.clear();
        ExampleSeries example = examples.get().get(i);
        EditedSeries shown = EditedSeries.of(example);
        String note = "";
        if (v.observations() != null) {
            try {
                shown = EditedSeries.restored(example, v.observations());
            } catch (IllegalArgumentException e) {
                note = " (its saved edits are left out: " + e.getMessage() + ")";
            }
        }
        edited.set(shown);
        message.set("Opened " + example.label() + ", " + shown.size() + " observations" + note);
        changed.run();
    }

    /** What the view shows, as a saved experiment keeps it. */
    LatentViewState viewState() {
        EditedSeries e = edited.get();
        List<IrregularSeries> files = imported ? examples.get().stream().map(ExampleSeries::observed).toList() : List.of();
        return new LatentViewState(source.get(), files, selected.get(), e != null && e.edited() ? e.series() : null);
    }

    /** The user's edits in words ("your edits of spiral 3 (31 observations)"), or null when the series is unedited. */
    String edits() {
        EditedSeries e = edited.get();
        return e != null && e.edited() ? "your edits of " + e.example().label() + " (" + e.size() + " observations)" : null;
    }

    private void apply(EditedSeries next, String what) {
        undo.addFirst(edited.get());
        edited.set(next);
        message.set(what + "; " + next.size() + " observations");
        changed.run();
    }
}
