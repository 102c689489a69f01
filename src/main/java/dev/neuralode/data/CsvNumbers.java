package dev.neuralode.data;

import java.util.regex.Pattern;

/**
 * Numbers and lines of the CSV files this program reads, as spreadsheets write them: decimal or
 * scientific notation only ({@code 0.25}, {@code -3}, {@code 1.5e-3}), not the forms only Java
 * reads ({@code 0x1p3}, {@code 1f}, {@code NaN}); and a UTF-8 byte-order mark, which Excel puts at
 * the start of a file, is not part of the first cell.
 */
final class CsvNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvNumbers() {
    }

    /** Whether the cell is a number in decimal or scientific notation (it may still be too large for a double). */
    static boolean isNumber(String cell) {
        return DECIMAL.matcher(cell).matches();
    }

    /**
     * The cell's value; infinite when it is too large for a double ({@code 1e400}), which callers refuse by name.
     *
     * @throws NumberFormatException when the cell is not in decimal or scientific notation
     */
    static double parse(String cell) {
        if (!isNumber(cell)) {
            throw new NumberFormatException(cell);
        }
        return Double.parseDouble(cell);
    }

    /** The line without a leading byte-order mark. */
    static String withoutByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }
}
