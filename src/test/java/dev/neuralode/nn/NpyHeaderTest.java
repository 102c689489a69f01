package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A .npy header is checked before its data is read: each fault is named with the file and the fix. */
class NpyHeaderTest {

    /** A version-1.0 .npy with this header text and {@code dataBytes} zero bytes of data. */
    private static byte[] npy(String header, int dataBytes) {
        byte[] head = (header + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(10 + head.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) head.length).put(head);
        return b.array();
    }

    private static String refused(String shape, int dataBytes) {
        return assertThrows(IllegalArgumentException.class, () -> Npy.read(npy(
                "{'descr': '<f8', 'fortran_order': False, 'shape': (" + shape + "), }", dataBytes), "w.npz:a.npy")).getMessage();
    }

    @Test
    void aWellFormedHeaderReads() {
        assertEquals(6, Npy.read(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", 48), "a.npy").length());
    }

    @Test
    void aNegativeDimensionIsNamed() {
        String m = refused("-1,", 8);
        assertTrue(m.startsWith("w.npz:a.npy: the .npy shape (-1,) has a negative dimension"), m);
    }

    @Test
    void aShapeThatIsNotNumbersIsNamed() {
        String m = refused("abc,", 8);
        assertTrue(m.startsWith("w.npz:a.npy: the .npy shape (abc,) is not a tuple of whole numbers"), m);
    }

    @Test
    void aShapeTooLargeForAnArrayIsRefusedBeforeAnyDataIsRead() {
        String huge = refused("2305843009213693952,", 8);
        assertTrue(huge.contains("more than this program can hold"), huge);
        String overflowing = refused("4294967296, 4294967296, 4294967296", 8);
        assertTrue(overflowing.contains("more than this program can hold"), overflowing);
    }

    @Test
    void dataThatDisagreesWithTheShapeIsNamed() {
        String shortData = refused("2, 3", 40);
        assertTrue(shortData.startsWith("w.npz:a.npy: holds 40 data bytes, 48 expected for shape [2, 3]"), shortData);
        String extra = refused("2,", 24);
        assertTrue(extra.contains("holds 24 data bytes, 16 expected"), extra);
    }
}
