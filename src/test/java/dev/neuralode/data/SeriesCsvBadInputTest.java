package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The series CSV's part of the bad-input catalogue (the command line reads no series, so the reader is
 * tested where the Latent ODE tab calls it): each bad file is refused with its name, the problem and
 * the fix, in words a user reads, never Java's.
 */
class SeriesCsvBadInputTest {

    /** A bad file: its name (ending in / for a directory), its bytes (null for none) and the message's fragments. */
    record Case(String name, String file, byte[] bytes, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    private static Case c(String name, String file, String text, String... fragments) {
        return new Case(name, file, text == null ? null : text.getBytes(StandardCharsets.UTF_8), List.of(fragments));
    }

    static Stream<Case> catalogue() {
        return Stream.of(
                c("a missing file", "absent.csv", null, "absent.csv: does not exist", "check the path"),
                c("a directory", "folder.csv/", null, "folder.csv: is a directory", "give a CSV file"),
                new Case("bytes that are not UTF-8", "latin1.csv", new byte[] {'a', ',', '0', ',', (byte) 0xE9, ',', '1', '\n'},
                        List.of("latin1.csv: is not UTF-8 text", "export it from your spreadsheet as CSV UTF-8")),
                c("an empty file", "empty.csv", "", "empty.csv: has no rows", "series_id,t,x,y"),
                c("a header and no rows", "header.csv", "series_id,t,x,y\n", "header.csv: has no rows", "series_id,t,x,y"),
                c("three columns", "narrow.csv", "a,0,1\n", "narrow.csv line 1: expected 4 columns", "such as spiral1,0.5,1.2,-0.3"),
                c("a hexadecimal time", "hex.csv", "a,0x1p3,1,2\n", "hex.csv line 1: '0x1p3' is not a number (column t)",
                        "scientific notation such as 1.5e-3"),
                c("a Java float suffix", "suffix.csv", "a,0,1f,2\n", "suffix.csv line 1: '1f' is not a number (column x)", "such as 0.25"),
                c("a number beyond double range", "overflow.csv", "a,0,1,1e400\n", "overflow.csv line 1: 1e400 is too large",
                        "remove the row or replace it"),
                c("a time that goes back", "order.csv", "a,1,1,2\na,0.5,1,2\n", "order.csv line 2: time 0.5 of series 'a'",
                        "sort each series by time"),
                c("a row without a series name", "unnamed.csv", "a,0,1,2\n,1,1,2\n", "unnamed.csv line 2: the series_id is empty",
                        "give every row the name of its series"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedByNameWithTheFix(Case c) throws Exception {
        Path file = dir.resolve(c.file());
        if (c.file().endsWith("/")) {
            Files.createDirectory(file);
        } else if (c.bytes() != null) {
            Files.write(file, c.bytes());
        }
        String message = assertThrows(DataFileException.class, () -> SeriesCsv.read(file)).getMessage();
        for (String fragment : c.fragments()) {
            assertTrue(message.contains(fragment), () -> "the message should contain '" + fragment + "': " + message);
        }
        assertFalse(message.contains("Exception") || message.contains("java.") || message.contains("Input length"), message);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsReadAsExcelMeansIt() throws Exception {
        Path file = Files.writeString(dir.resolve("excel.csv"), "\uFEFFseries_id,t,x,y\na,0,1,2\na,1,3,4\n");
        assertEquals(2, SeriesCsv.read(file).get(0).size());
    }
}
