package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.train.DigitReader.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Digits counted per NFE value, misread ones apart. */
class NfeHistogramTest {

    @Test
    void countsEachNfeAndItsMistakes() {
        NfeHistogram h = NfeHistogram.of(List.of(new Verdict(0, 7, 7, 26), new Verdict(1, 3, 5, 32), new Verdict(2, 1, 1, 20),
                new Verdict(3, 9, 4, 32), new Verdict(4, 2, 2, 26)));
        assertArrayEquals(new int[] {20, 26, 32}, h.nfe());
        assertArrayEquals(new int[] {1, 2, 2}, h.count());
        assertArrayEquals(new int[] {0, 0, 2}, h.wrong());
        assertEquals(2, h.maxCount());
        assertEquals(27.2, h.mean(), 1e-12);
        assertEquals(Double.NaN, NfeHistogram.of(List.of()).mean());
    }
}
