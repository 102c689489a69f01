package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Epochs counted from the iteration, and the time left in the unit that reads best. */
class EpochProgressTest {

    @Test
    void iterationsFallIntoEpochsAsTheSessionCountsThem() {
        assertEquals("Epoch 1: 0 of 62 iterations", EpochProgress.of(0, 62, 160, Double.NaN).describe());
        EpochProgress end = EpochProgress.of(62, 62, 160, 0.5);
        assertEquals(1, end.epoch());
        assertEquals(1.0, end.fraction());
        EpochProgress next = EpochProgress.of(63, 62, 160, 0.5);
        assertEquals(2, next.epoch());
        assertEquals(1, next.done());
    }

    @Test
    void theEstimateCoversTheEpochAndTheWholeRecipe() {
        // 42 iterations left at 2 s is 84 s; 160 x 62 - 20 = 9,900 iterations at 2 s is 5.5 h.
        assertEquals("Epoch 1: 20 of 62 iterations, about 84 s to go; all 160 epochs of the recipe: about 5.5 h more at this pace",
                EpochProgress.of(20, 62, 160, 2).describe());
        assertEquals("3 min", EpochProgress.duration(180));
        assertEquals("2.0 h", EpochProgress.duration(7200));
        assertEquals("3 days", EpochProgress.duration(3 * 86400));
        assertEquals("1 s", EpochProgress.duration(0.2));
    }
}
