package dev.neuralode.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final SolveSettings TIGHT = SolveSettings.defaults().withTolerances(1e-8, 1e-8);

    @Test
    void theCatalogueListsItsProblemsInOrder() {
        assertEquals(List.of("exponential-decay", "harmonic-oscillator", "van-der-pol", "lorenz", "kepler", "robertson",
                "brusselator", "bouncing-ball", "linear-test"), Catalogue.all().stream().map(LabProblem::name).toList());
        assertEquals("kepler", Catalogue.byName(" Kepler ").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalogue.byName("pendulum"));
        assertTrue(e.getMessage().contains("van-der-pol, lorenz"), e.getMessage());
    }

    static Stream<LabProblem> withClosedForm() {
        return Catalogue.all().stream().filter(p -> p.system().exact() != null);
    }

    @Test
    void theProblemsWithAClosedFormAreTheExpectedOnes() {
        assertEquals(List.of("exponential-decay", "harmonic-oscillator", "kepler", "bouncing-ball", "linear-test"),
                withClosedForm().map(LabProblem::name).toList());
    }

    /** The acceptance test: dopri5 at rtol = atol = 1e-8 is within 1e-6 of every closed form. */
    @ParameterizedTest
    @MethodSource("withClosedForm")
    void acceptanceDopri5At1e8IsWithin1e6OfTheClosedForm(LabProblem problem) {
        SolveReport r = LabSolve.run(problem.system(), TIGHT);
        assertTrue(r.completed(), r.failure());
        assertEquals("closed form", r.referenceNote());
        assertEquals(LabSolve.DENSE_POINTS, r.times().length, "every output time reached");
        assertTrue(r.maxError() < 1e-6, problem.name() + ": max error " + r.maxError());
    }

    @Test
    void everyTitleNamesEveryParameterValue() {
        for (LabProblem p : Catalogue.all()) {
            String title = p.system().title();
            for (Parameter q : p.parameters()) {
                assertTrue(title.contains(q.name() + "=" + q.defaultValue()), title + " lacks " + q.name());
                double other = q.defaultValue() == q.max() ? q.min() : q.max();
                assertNotEquals(title, p.system(Map.of(q.name(), other)).title(), p.name() + " " + q.name());
            }
        }
    }

    @Test
    void aValueOutsideItsRangeIsRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Catalogue.byName("kepler").system(Map.of("e", 1.0)));
        assertEquals("kepler: e = 1.0 is outside [0.0, 0.95]", e.getMessage());
    }

    @Test
    void theBallBouncesWhereTheAnalyticEventTimesSay() {
        double g = 9.81;
        double r = 0.8;
        double height = 1;
        SolveReport rep = LabSolve.run(Catalogue.byName("bouncing-ball").system(Map.of("t1", 3.9)), TIGHT);
        double[] events = rep.eventTimes();
        // Bounce k (from 1) at t_f (1 + 2 (r + ... + r^(k-1))) with t_f = sqrt(2 H / g): 14 before t = 3.9, the 15th
        // at 3.905, found in the last step (which passes the end) and not counted.
        double fall = Math.sqrt(2 * height / g);
        assertEquals(14, events.length);
        for (int k = 1; k <= events.length; k++) {
            double analytic = fall * (1 + 2 * r * (1 - Math.pow(r, k - 1)) / (1 - r));
            assertEquals(analytic, events[k - 1], 1e-9, "bounce " + k);
        }
        assertTrue(rep.completed(), rep.failure());
        assertTrue(rep.maxError() < 1e-6, "max error " + rep.maxError());
    }

    @Test
    void theBouncesPileUpAndTheSolveStopsAfterThirtyOfThem() {
        SolveReport rep = LabSolve.run(Catalogue.byName("bouncing-ball").system(Map.of("t1", 10.0)), TIGHT);
        assertEquals(BouncingBall.MAX_EVENTS, rep.eventTimes().length);
        assertTrue(rep.failure().contains("Zeno"), rep.failure());
        // The Zeno time t_f (1 + 2 r / (1 - r)) bounds every bounce.
        assertTrue(rep.eventTimes()[29] < Math.sqrt(2 / 9.81) * 9, "last bounce at " + rep.eventTimes()[29]);
    }

    @Test
    void keplersEnergyDriftShrinksWhenTheToleranceTightens() {
        OdeSystem orbit = Catalogue.byName("kepler").system(Map.of("e", 0.6));
        double loose = maxAbsDrift(LabSolve.run(orbit, SolveSettings.defaults().withTolerances(1e-5, 1e-5)), 0);
        double tight = maxAbsDrift(LabSolve.run(orbit, SolveSettings.defaults().withTolerances(1e-9, 1e-9)), 0);
        assertTrue(tight > 0 && tight < loose / 100, "energy drift " + loose + " at 1e-5, " + tight + " at 1e-9");
        assertEquals(List.of("energy", "angular momentum"), orbit.invariants().stream().map(Invariant::name).toList());
    }

    @Test
    void keplersClosedFormKeepsTheInvariantsAndStartsAtPeriapsis() {
        OdeSystem orbit = Catalogue.byName("kepler").system(Map.of("e", 0.9));
        assertArrayEquals(orbit.y0(), orbit.exact().at(0), 1e-15);
        for (double t = 0; t < orbit.t1(); t += 0.37) {
            double[] y = orbit.exact().at(t);
            assertEquals(-0.5, orbit.invariants().get(0).value().applyAsDouble(y), 1e-12, "energy at " + t);
            assertEquals(Math.sqrt(1 - 0.81), orbit.invariants().get(1).value().applyAsDouble(y), 1e-12, "momentum at " + t);
        }
        assertArrayEquals(orbit.y0(), orbit.exact().at(2 * Math.PI), 1e-12);
    }

    @Test
    void lorenzTwinDivergesFromTheFirstStart() {
        OdeSystem lorenz = Catalogue.byName("lorenz").system();
        double[] twin = lorenz.twin();
        assertEquals(lorenz.y0()[0] + 1e-5, twin[0], 1e-17);
        assertEquals(lorenz.y0()[1], twin[1]);
        double[] times = {0, 5, 30};
        SolveReport a = LabSolve.run(lorenz, SolveSettings.defaults(), times, null, false);
        SolveReport b = LabSolve.run(lorenz.withInitialState(twin), SolveSettings.defaults(), times, null, false);
        assertTrue(distance(a.states()[1], b.states()[1]) < 1e-2, "still close at t = 5: " + distance(a.states()[1], b.states()[1]));
        assertTrue(distance(a.states()[2], b.states()[2]) > 1, "apart at t = 30: " + distance(a.states()[2], b.states()[2]));
    }

    @Test
    void aStiffVanDerPolCostsDopri5FarMoreSteps() {
        SolveSettings s = SolveSettings.defaults();
        double[] times = {0, 1};
        LabProblem vdp = Catalogue.byName("van-der-pol");
        int mild = LabSolve.run(vdp.system(Map.of("mu", 1.0, "t1", 1.0)), s, times, null, false).steps().size();
        SolveReport stiff = LabSolve.run(vdp.system(Map.of("mu", 1000.0, "t1", 1.0)), s, times, null, false);
        assertTrue(stiff.completed(), stiff.failure());
        // Stability bounds dopri5's step near -3.3 / (3 mu): some 600 steps per time unit at mu = 1000.
        assertTrue(stiff.steps().size() > 20 * mild, stiff.steps().size() + " steps at mu = 1000, " + mild + " at mu = 1");
        assertNull(vdp.system().exact());
    }

    @Test
    void theLinearTestEquationCarriesItsLambda() {
        OdeSystem s = Catalogue.byName("linear-test").system(Map.of("re", -3.0, "im", 4.0));
        assertArrayEquals(new double[] {-3, 4}, s.lambda(), 0);
        double[] dy = new double[2];
        s.f().derivative(0, new double[] {1, 2}, dy);
        // (-3 + 4i)(1 + 2i) = -11 - 2i
        assertArrayEquals(new double[] {-11, -2}, dy, 1e-15);
    }

    private static void assertArrayEquals(double[] expected, double[] actual, double tolerance) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, tolerance);
    }

    private static double maxAbsDrift(SolveReport r, int invariant) {
        double m = 0;
        for (double d : r.drift()[invariant]) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
