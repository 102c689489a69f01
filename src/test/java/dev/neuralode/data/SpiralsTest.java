package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpiralsTest {

    @TempDir
    Path dir;

    @Test
    void paperSetUpGivesHalfClockwiseSpiralsWithObservationsAndFuture() {
        List<Spirals.Spiral> s = Spirals.generate(Spirals.Config.paper(), new Random(1));
        assertEquals(1000, s.size());
        long clockwise = s.stream().filter(Spirals.Spiral::clockwise).count();
        assertEquals(500, clockwise, 50);
        Spirals.Spiral first = s.get(0);
        assertEquals(100, first.observed().size());
        assertEquals(100, first.future().size());
        assertTrue(first.future().time(0) > first.observed().time(99));
        assertEquals(first.observed().time(1) - first.observed().time(0), first.future().time(1) - first.future().time(0), 1e-12);
        // The noise-free window shares the observation times; noise of sd 0.3 separates the two.
        assertEquals(0, java.util.Arrays.compare(first.observed().t(), first.noiseFree().t()));
        double squares = 0;
        for (Spirals.Spiral s1 : s) {
            for (int i = 0; i < 100; i++) {
                double dx = s1.observed().x(i) - s1.noiseFree().x(i);
                squares += dx * dx;
            }
        }
        assertEquals(0.3, Math.sqrt(squares / (1000 * 100)), 0.01);
    }

    @Test
    void noiseFreeSpiralsLieOnTheirCurves() {
        Spirals.Config c = new Spirals.Config(20, 500, 50, 10, 6 * Math.PI, 0, 0.3, 0);
        for (Spirals.Spiral s : Spirals.generate(c, new Random(2))) {
            double cx = s.clockwise() ? -5 : 5;
            double previousRadius = Double.NaN;
            for (int i = 0; i < s.observed().size(); i++) {
                double r = Math.hypot(s.observed().x(i) - cx, s.observed().y(i));
                if (i > 0) {
                    // both curves move outwards with time: cw r = 15 / (stop + 1 - t), ccw r = 0.3 t
                    assertTrue(r > previousRadius, "radius must grow along every spiral");
                }
                previousRadius = r;
            }
        }
    }

    @Test
    void placementsBoundTheWindowStarts() {
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config c = new Spirals.Config(2000, 500, 100, 100, paper.stop(), paper.a(), paper.b(), 0);
        // torchdiffeq keeps windows within indices 100..498; held-out lets futures reach index 499.
        assertStarts(c, WindowPlacement.TORCHDIFFEQ, 100, 299);
        assertStarts(c, WindowPlacement.HELD_OUT, 0, 300);
        assertEquals(WindowPlacement.HELD_OUT, WindowPlacement.of("held-out"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowPlacement.TORCHDIFFEQ.lastStart(300, 100, 100));
        assertTrue(e.getMessage().contains("holds no torchdiffeq window"), e.getMessage());
    }

    /** Every window starts in [first, last], and both ends are drawn. */
    private static void assertStarts(Spirals.Config c, WindowPlacement placement, int first, int last) {
        assertEquals(first, placement.firstStart(c.observed()));
        assertEquals(last, placement.lastStart(c.gridPoints(), c.observed(), c.extrapolated()));
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Spirals.Spiral s : Spirals.generate(c, placement, new Random(7))) {
            int start = gridIndex(c, s);
            min = Math.min(min, start);
            max = Math.max(max, start);
        }
        assertEquals(first, min, placement + " windows start no earlier than " + first);
        assertEquals(last, max, placement + " windows start no later than " + last);
    }

    /** The grid index of a noise-free spiral's first point: the nearest point of its curve. */
    private static int gridIndex(Spirals.Config c, Spirals.Spiral s) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.gridPoints(); i++) {
            double[] p = Spirals.point(c.stop() * i / (c.gridPoints() - 1), c, s.clockwise());
            double d = Math.hypot(p[0] - s.noiseFree().x(0), p[1] - s.noiseFree().y(0));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    @Test
    void subsamplingKeepsTimeOrderAndIsSeeded() {
        IrregularSeries full = Spirals.generate(Spirals.Config.paper(), new Random(3)).get(0).observed();
        IrregularSeries a = full.subsample(30, new Random(4));
        assertEquals(30, a.size());
        assertEquals(a, full.subsample(30, new Random(4)));
        for (int i = 1; i < a.size(); i++) {
            assertTrue(a.time(i) > a.time(i - 1));
        }
    }

    @Test
    void splitIsDisjointAndComplete() {
        List<Spirals.Spiral> s = Spirals.generate(new Spirals.Config(100, 300, 20, 20, 6 * Math.PI, 0, 0.3, 0.3), new Random(5));
        List<List<Spirals.Spiral>> parts = Spirals.split(s, 0.8, new Random(6));
        assertEquals(80, parts.get(0).size());
        assertEquals(20, parts.get(1).size());
        assertTrue(parts.get(0).stream().noneMatch(parts.get(1)::contains));
    }

    @Test
    void seriesCsvReadsSeriesInFileOrder() throws Exception {
        Path f = dir.resolve("series.csv");
        Files.writeString(f, "series_id,t,x,y\na,0,1,2\nb,0.5,0,0\na,1.5,3,4\n");
        List<IrregularSeries> series = SeriesCsv.read(f);
        assertEquals(2, series.size());
        assertEquals("a", series.get(0).id());
        assertEquals(1.5, series.get(0).time(1));
        assertEquals(4f, series.get(0).y(1));
        IrregularSeries b = series.get(1).relativeToStart();
        assertEquals(0.0, b.time(0));
        assertEquals(series.get(0), series.get(0).relativeToStart());
    }

    @Test
    void malformedSeriesCsvNamesTheLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "series_id,t,x,y\na,0,1,2\na,1,x,2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertEquals("bad.csv line 3: 'x' is not a number (column x); use digits with a dot for decimals, such as 0.25, or"
                + " scientific notation such as 1.5e-3", e.getMessage());
        Files.writeString(f, "a,1,1,2\na,0.5,1,2\n");
        e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertTrue(e.getMessage().startsWith("bad.csv line 2: time 0.5 of series 'a' does not come after"), e.getMessage());
        Files.writeString(f, "a,1,1\n");
        e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertEquals("bad.csv line 1: expected 4 columns (series_id,t,x,y), found 3; each line must hold one observation such as"
                + " spiral1,0.5,1.2,-0.3", e.getMessage());
        // Blank lines still count, so the number is the one an editor shows.
        Files.writeString(f, "series_id,t,x,y\n\na,0,1,2\n\na,1,NaN,2\n");
        e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertTrue(e.getMessage().startsWith("bad.csv line 5: 'NaN' is not a number (column x)"), e.getMessage());
        Files.writeString(f, "\uFEFFseries_id,t,x,y\na,0,1,2\na,1,1e400,2\n");
        e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertEquals("bad.csv line 3: 1e400 is too large for a number (at most about 1.8e308 in size); remove the row or replace it",
                e.getMessage(), "a byte-order mark does not hide the header, and an overflow is named");
        Files.writeString(f, "a,0,1,2\n,1,1,2\n");
        e = assertThrows(DataFileException.class, () -> SeriesCsv.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("series_id is empty"), e.getMessage());
    }
}
