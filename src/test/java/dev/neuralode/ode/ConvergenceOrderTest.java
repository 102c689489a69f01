package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of every method, measured: the slope of log(error) against log(step) on a nonlinear,
 * non-autonomous problem ({@code y' = y^2 cos t}), taking the RMS error over the trajectory, must be within 0.3 of the method's order. The same
 * for the embedded solution of every adaptive pair (which decides its step sizes) and for the dense
 * output, whose error at points inside steps converges as {@code min(order, interpolant order + 1)}.
 */
class ConvergenceOrderTest {

    private static final TestProblems.Problem PROBLEM = TestProblems.nonlinear();

    static List<Method> methods() {
        return Methods.all();
    }

    static List<RungeKuttaMethod> adaptive() {
        List<RungeKuttaMethod> m = new ArrayList<>();
        for (Method method : Methods.all()) {
            if (method.hasErrorEstimate()) {
                m.add((RungeKuttaMethod) method);
            }
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void solutionConvergesAtTheMethodsOrder(Method method) {
        double slope = slope(method, method.order(), false);
        assertEquals(method.order(), slope, 0.3, method + " observed order");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adaptive")
    void embeddedSolutionConvergesAtItsOrder(RungeKuttaMethod method) {
        ButcherTableau t = method.tableau();
        ButcherTableau embedded = ButcherTableau.fixed(t.c(), t.a(), t.bHat(), t.embeddedOrder());
        Method lower = new RungeKuttaMethod(method.name() + "-embedded", embedded, new Interpolant.Linear());
        double slope = slope(lower, t.embeddedOrder(), false);
        assertTrue(slope >= t.embeddedOrder() - 0.3, method + " embedded order " + slope);
        if (method != Methods.FEHLBERG2) {
            assertEquals(t.embeddedOrder(), slope, 0.3, method + " embedded order");
        }
        // Fehlberg's first-order formula has the error constant 1/512 (it is nearly the midpoint rule),
        // so its h^3 term dominates until h is far below the steps tried here: it measures about 2.
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void denseOutputConvergesAtItsOrder(Method method) {
        int interpolantOrder = method instanceof RungeKuttaMethod rk ? rk.interpolant().order() : 3;
        int expected = Math.min(method.order(), interpolantOrder + 1);
        double slope = slope(method, expected, true);
        assertEquals(expected, slope, 0.3, method + " dense output order");
    }

    /**
     * Fits the slope over four step sizes chosen so that errors stay well above rounding: the
     * interval grows with the order.
     */
    private static double slope(Method method, int order, boolean dense) {
        double span = 6;
        int[] steps = order >= 7 ? new int[] {16, 24, 32, 48} : order == 6 ? new int[] {48, 64, 96, 128}
                : order == 4 ? new int[] {48, 64, 96, 128} : new int[] {64, 96, 128, 192};
        double[] logH = new double[steps.length];
        double[] logE = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            double h = span / steps[i];
            FixedStep control = FixedStep.of(h).withInterpolation(FixedStep.Interpolation.DENSE);
            // Dense outputs at 30% and 70% of every step; plain outputs at the grid points.
            double[] times = dense ? denseTimes(span, steps[i]) : TimeGrid.linspace(0, span, steps[i] + 1).times();
            Solution s = Odeint.with(method).controller(control).solve(PROBLEM.f(), PROBLEM.exactTensor(0, DType.FLOAT64),
                    times);
            double sumSquares = 0;
            for (int j = 1; j < times.length; j++) {
                double e = TestProblems.maxError(s.tensor(j), PROBLEM.exact().apply(times[j]));
                sumSquares += e * e;
            }
            double error = Math.sqrt(sumSquares / (times.length - 1));
            logH[i] = Math.log(h);
            logE[i] = Math.log(error);
        }
        double slope = fit(logH, logE);
        System.out.printf("%s%s: errors %s, slope %.2f%n", method, dense ? " dense" : "", java.util.Arrays.toString(
                java.util.Arrays.stream(logE).map(Math::exp).toArray()), slope);
        return slope;
    }

    private static double[] denseTimes(double span, int n) {
        double[] t = new double[2 * n + 1];
        for (int k = 0; k < n; k++) {
            t[2 * k + 1] = span * (k + 0.3) / n;
            t[2 * k + 2] = span * (k + 0.7) / n;
        }
        return t;
    }

    /** Least-squares slope of y against x. */
    static double fit(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

}
