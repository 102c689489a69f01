package dev.neuralode.ui.density;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over immutable states: the caller records the state before each edit. Bounded, so
 * that a long drawing session cannot hold every intermediate point set forever.
 */
final class UndoHistory<T> {

    private final int limit;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();

    UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the history needs room for at least one state, was " + limit);
        }
        this.limit = limit;
    }

    /** Remembers the state an edit started from; a new edit forgets what could be redone. */
    void record(T before) {
        undo.push(before);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to, if any; {@code current} becomes redoable. */
    Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    /** The state an undo left, if any; {@code current} becomes undoable again. */
    Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
