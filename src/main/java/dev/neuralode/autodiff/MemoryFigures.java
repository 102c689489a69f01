package dev.neuralode.autodiff;

/**
 * A snapshot of process memory in bytes: Java heap in use and its maximum, native memory allocated
 * through JavaCPP (ND4J's arrays live there), and the resident set of the whole process.
 */
public record MemoryFigures(long heapUsed, long heapMax, long offHeap, long physical) {

    private static final double MIB = 1024.0 * 1024.0;

    /** For example {@code heap 120/2048 MB, off-heap 35 MB}. */
    public String describe() {
        return String.format("heap %.0f/%.0f MB, off-heap %.0f MB", heapUsed / MIB, heapMax / MIB, offHeap / MIB);
    }
}
