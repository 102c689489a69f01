package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every epoch is marked at first, then every 2nd, 5th, 10th..., never more than eight marks. */
class EpochMarksTest {

    @Test
    void marksThinOutAsEpochsAccumulate() {
        assertEquals(List.of(), EpochMarks.marked(0));
        assertEquals(List.of(1L, 2L, 3L), EpochMarks.marked(3));
        assertEquals(1, EpochMarks.stride(8));
        assertEquals(2, EpochMarks.stride(9));
        assertEquals(2, EpochMarks.stride(17));
        assertEquals(5, EpochMarks.stride(18));
        assertEquals(List.of(10L, 20L, 30L, 40L), EpochMarks.marked(45));
        for (long epochs = 0; epochs < 5000; epochs += 37) {
            assertEquals(true, EpochMarks.marked(epochs).size() <= EpochMarks.MOST, epochs + " epochs");
        }
    }
}
