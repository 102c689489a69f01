package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    @Test
    void undoThenRedoWalksBackAndForth() {
        UndoHistory<String> h = new UndoHistory<>(10);
        h.record("a");
        h.record("b");
        assertEquals(Optional.of("b"), h.undo("c"));
        assertEquals(Optional.of("a"), h.undo("b"));
        assertFalse(h.canUndo());
        assertEquals(Optional.of("b"), h.redo("a"));
        assertEquals(Optional.of("c"), h.redo("b"));
        assertFalse(h.canRedo());
    }

    @Test
    void aNewEditForgetsTheRedoneStatesAndTheLimitDropsTheOldest() {
        UndoHistory<Integer> h = new UndoHistory<>(2);
        h.record(1);
        h.record(2);
        h.record(3);
        assertEquals(Optional.of(3), h.undo(4));
        assertTrue(h.canRedo());
        h.record(3);
        assertFalse(h.canRedo());
        assertEquals(Optional.of(3), h.undo(5));
        assertEquals(Optional.of(2), h.undo(3));
        assertEquals(Optional.empty(), h.undo(2));
    }
}
