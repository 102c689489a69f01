package dev.neuralode.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TypedProblemTest {

    @Test
    void aHarmonicOscillatorTypedAsTextMatchesTheClosedForm() {
        // omega = 2, zeta = 0.1: x'' + 0.4 x' + 4 x = 0, with pi and a function to exercise both.
        TypedProblem typed = TypedProblem.of(List.of("y2", "-((2*pi/pi)^2) * y1 - 0.4*y2 + 0*sin(t)"), new double[] {1, 0},
                0, 20);
        OdeSystem closed = Catalogue.byName("harmonic-oscillator").system(Map.of("omega", 2.0, "zeta", 0.1));
        double[] times = LabSolve.outputTimes(typed.system(), 50);
        SolveReport r = LabSolve.run(typed.system(), SolveSettings.defaults().withTolerances(1e-8, 1e-8), times, null, false);
        assertTrue(r.completed(), r.failure());
        for (int k = 0; k < times.length; k++) {
            assertArrayEquals(closed.exact().at(times[k]), r.states()[k], 1e-6, "t = " + times[k]);
        }
    }

    @Test
    void theRightHandSideEvaluatesEveryComponentAtTAndY() {
        OdeSystem s = TypedProblem.of(List.of("t + y2", "exp(y1) - ln(euler) + sqrt(y3)", "y1^2"), new double[] {0, 1, 4}, 0,
                1).system();
        double[] dy = new double[3];
        s.f().derivative(0.5, new double[] {2, 3, 9}, dy);
        assertArrayEquals(new double[] {3.5, Math.exp(2) - 1 + 3, 4}, dy, 1e-12);
        assertEquals(List.of("y1", "y2", "y3"), s.variables());
        assertTrue(s.title().contains("dy2/dt = exp(y1) - ln(euler) + sqrt(y3)") && s.title().contains("t1 = 1.0"), s.title());
    }

    @Test
    void anUnknownVariableIsReportedWithItsComponentAndColumn() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("y2", "y1 + y3"), new double[] {1, 0}, 0, 1));
        assertEquals("dy2/dt, column 6: unknown variable y3 (the variables are t, y1, y2)", e.getMessage());
        assertEquals(1, e.component());
        assertEquals(6, e.column());
        assertEquals("y1 + y3", e.expression());
    }

    @Test
    void syntaxErrorsAndUnknownFunctionsGiveTheColumn() {
        ExpressionException syntax = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("y1 +* 2"), new double[] {1}, 0, 1));
        assertEquals(5, syntax.column());
        assertTrue(syntax.getMessage().startsWith("dy1/dt, column 5: unexpected token"), syntax.getMessage());
        ExpressionException function = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("y1", "2 * foo(y1)"), new double[] {1, 1}, 0, 1));
        assertEquals(5, function.column());
        assertTrue(function.getMessage().startsWith("dy2/dt, column 5: unknown function foo (the functions are sin, cos"),
                function.getMessage());
        ExpressionException unclosed = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("sin(y1"), new double[] {1}, 0, 1));
        assertEquals(6, unclosed.column());
        ExpressionException empty = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of(""), new double[] {1}, 0, 1));
        assertEquals(1, empty.column());
    }

    @Test
    void anExpressionThatIsNotFiniteAtTheStartIsRefused() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("1", "1 / y2"), new double[] {1, 0}, 0, 1));
        assertEquals("dy2/dt: is Infinity at the start (t = 0.0, y1 = 1.0, y2 = 0.0): change the expression or the start",
                e.getMessage());
        assertEquals(0, e.column());
        assertThrows(ExpressionException.class, () -> TypedProblem.of(List.of("sqrt(y1)"), new double[] {-1}, 0, 1));
    }

    @Test
    void randomNumbersAreRefused() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> TypedProblem.of(List.of("-y1 + 0.1 * rnd()"), new double[] {1}, 0, 1));
        assertEquals(13, e.column());
    }

    @Test
    void aMinusBeforeAPowerIsRefusedBecauseParsiiWouldSquareIt() {
        for (String text : List.of("-y1^2", "2 * (-y1^2)", "y2 + -3^2", "-sin(t)^2", "-(y1 + 1)^2", "max(1, -y1 ^ 2)")) {
            ExpressionException e = assertThrows(ExpressionException.class,
                    () -> TypedProblem.of(List.of(text), new double[] {1}, 0, 1), text);
            assertEquals(text.indexOf("-y") >= 0 ? text.indexOf("-y") + 1 : text.lastIndexOf('-') + 1, e.column(), text);
        }
        double[] dy = new double[1];
        for (String text : List.of("-(y1^2)", "(-y1)^2 - 2", "y1 - y1^2 + 1", "2^-1 * y1")) {
            TypedProblem.of(List.of(text), new double[] {3}, 0, 1).system().f().derivative(0, new double[] {3}, dy);
        }
        TypedProblem.of(List.of("y1 - y1^2"), new double[] {3}, 0, 1).system().f().derivative(0, new double[] {3}, dy);
        assertEquals(-6, dy[0]);
    }

    @Test
    void theCountsAndTheIntervalAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> TypedProblem.of(List.of("y2", "-y1"), new double[] {1}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> TypedProblem.of(List.of("-y1"), new double[] {1}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> TypedProblem.of(List.of("-y1"), new double[] {Double.NaN}, 0, 1));
        TypedProblem p = TypedProblem.of(List.of("-y1"), new double[] {1}, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> p.system(Map.of("k", 1.0)));
    }

    @Test
    void evaluationsOnSeveralThreadsDoNotMixTheirStates() throws Exception {
        Rhs f = TypedProblem.of(List.of("y1 * 1", "y2 * 1 + t"), new double[] {0, 0}, 0, 1).system().f();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                double id = w;
                results.add(pool.submit(() -> {
                    double[] dy = new double[2];
                    for (int i = 0; i < 20_000; i++) {
                        f.derivative(id, new double[] {id, -id}, dy);
                        if (dy[0] != id || dy[1] != 0) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(), "a thread saw another thread's variables");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
