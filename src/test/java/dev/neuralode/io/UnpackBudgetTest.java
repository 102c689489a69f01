package dev.neuralode.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The limits on unpacking: per entry, in all, and on the number of entries, each named in its message. */
class UnpackBudgetTest {

    private static ByteArrayInputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    void entriesWithinTheLimitsAreReadWhole() throws IOException {
        UnpackBudget b = new UnpackBudget("run.ckpt", 100, 150, 3);
        assertArrayEquals(new byte[100], b.read(bytes(100), "weights.npz"));
        assertArrayEquals(new byte[50], b.read(bytes(50), "config.json"));
        assertArrayEquals(new byte[0], b.read(bytes(0), "empty"));
    }

    @Test
    void anEntryOverItsLimitIsRefusedByName() {
        IOException e = assertThrows(IOException.class, () -> new UnpackBudget("run.ckpt", 100, 1000, 3).read(bytes(101), "weights.npz"));
        assertTrue(e.getMessage().startsWith("run.ckpt: weights.npz unpacks to more than 100 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("damaged or was not written by this program"), e.getMessage());
    }

    @Test
    void theTotalAndTheNumberOfEntriesAreLimitedToo() throws IOException {
        UnpackBudget total = new UnpackBudget("a.npz", 100, 150, 10);
        total.read(bytes(100), "x.npy");
        IOException over = assertThrows(IOException.class, () -> total.read(bytes(60), "y.npy"));
        assertTrue(over.getMessage().contains("y.npy unpacks to more than 50 bytes (the archive's entries together may unpack to"),
                over.getMessage());

        UnpackBudget count = new UnpackBudget("b.npz", 100, 1000, 2);
        count.read(bytes(1), "1");
        count.read(bytes(1), "2");
        IOException many = assertThrows(IOException.class, () -> count.read(bytes(1), "3"));
        assertTrue(many.getMessage().startsWith("b.npz holds more than 2 entries"), many.getMessage());
    }
}
