package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsCsvTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("points.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void roundTripKeepsEveryPoint() throws Exception {
        PointSet p = ToyDataset.MOONS.sample(500, new Random(1));
        Path f = dir.resolve("out/moons.csv");
        PointsCsv.write(f, p);
        PointSet back = PointsCsv.read(f, new Random(0)).points();
        assertEquals(p.named("moons"), back);
    }

    @Test
    void headerAndBlankLinesAreAccepted() throws Exception {
        PointsCsv.Result r = PointsCsv.read(file("x,y\n1,2\n\n 3.5 , -4e-1 \n"), new Random(0));
        assertEquals(2, r.points().size());
        assertEquals(-0.4f, r.points().y(1));
        assertTrue(r.warnings().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x,y\\n1,2\\n3,abc\\n | line 3: 'abc' is not a number",
        "1,2\\nNaN,1\\n | line 2: 'NaN' is not a number",
        "1,2\\n4,Infinity\\n | line 2: 'Infinity' is not a number",
        "1,2\\n0x1p3,1\\n | line 2: '0x1p3' is not a number; use digits with a dot for decimals",
        "1,2\\n1f,1\\n | line 2: '1f' is not a number",
        "1,2\\n1e39,1\\n | line 2: 1e39 is out of range for a coordinate: at most 1e9 in size",
        "1,2\\n3,-1e30\\n | line 2: -1e30 is out of range for a coordinate",
        "1\\n2\\n | line 1: expected 2 columns (x,y), found 1",
        "1,2,3\\n | line 1: expected 2 columns (x,y), found 3",
        "x,y\\n | points.csv: has no points",
        "'' | points.csv: has no points"})
    void badFilesNameTheFileAndLine(String text, String expected) throws IOException {
        Path f = file(text.replace("\\n", "\n"));
        DataFileException e = assertThrows(DataFileException.class, () -> PointsCsv.read(f, new Random(0)));
        assertTrue(e.getMessage().startsWith("points.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void pointsThatAreAllOnePointAreWarnedAbout() throws Exception {
        PointsCsv.Result r = PointsCsv.read(file("x,y\n0.5,1\n0.5,1\n0.5,1\n"), new Random(0));
        assertEquals(List.of("all 3 points of points.csv are the one point (0.5, 1.0): a density fitted to them narrows without end"
                + " and its loss falls below zero without meaning anything; give points that spread out"), r.warnings());
        assertTrue(PointsCsv.read(file("x,y\n0.5,1\n0.5,1.5\n"), new Random(0)).warnings().isEmpty());
    }

    @Test
    void pointsFarOutsideTheBaseGaussianAreWarnedAboutWithTheScaleToDivideBy() throws Exception {
        PointsCsv.Result r = PointsCsv.read(file("x,y\n1,2\n-320000,4\n"), new Random(0));
        assertEquals(List.of("the points of points.csv reach 3.20e+05 from the origin, far outside the unit Gaussian the flow starts"
                + " from (the toy datasets lie within 4): training will stretch the plane without fitting it; rescale the points to"
                + " within about 10 of the origin, such as by dividing them by 100,000"), r.warnings());
        assertTrue(PointsCsv.read(file("x,y\n1,2\n-999,4\n"), new Random(0)).warnings().isEmpty(), "within 1e3: no warning");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfIt() throws Exception {
        PointsCsv.Result r = PointsCsv.read(file("\uFEFFx,y\n1,2\n3,4\n"), new Random(0));
        assertEquals(2, r.points().size(), "the header is recognised as one");
        assertEquals(3f, r.points().x(1));
    }

    /** A file of 500 rows more than {@link PointsCsv#MAX_POINTS}: row i is the point (i, 1). */
    private Path pastTheSamplingLimit(String name) throws IOException {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < PointsCsv.MAX_POINTS + 500; i++) {
                w.write(i + ",1\n");
            }
        }
        return f;
    }

    @Test
    void readAllKeepsEveryRowInOrderBeyondTheSamplingLimit() throws Exception {
        Path f = pastTheSamplingLimit("all.csv");
        PointsCsv.Result r = PointsCsv.readAll(f);
        assertEquals(PointsCsv.MAX_POINTS + 500, r.points().size());
        // Each row's x is its index, far from the origin, but points read whole are evaluated, not
        // trained on: no warning about their reach, and none about sampling.
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        for (int i = 0; i < r.points().size(); i += 99_991) {
            assertEquals(i, r.points().x(i), "row " + i + " in place");
        }
        assertEquals(PointsCsv.MAX_POINTS + 499, r.points().x(r.points().size() - 1));
    }

    @Test
    void overAMillionRowsAreSubsampledWithAWarning() throws Exception {
        Path f = pastTheSamplingLimit("big.csv");
        PointsCsv.Result r = PointsCsv.read(f, new Random(3));
        assertEquals(PointsCsv.MAX_POINTS, r.points().size());
        assertEquals(2, r.warnings().size(), "the subsample, and points that reach 1e6: " + r.warnings());
        assertTrue(r.warnings().get(0).contains("1,000,500 points; kept a random 1,000,000"), r.warnings().get(0));
    }
}
