package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tableaux check themselves, the registry knows torchdiffeq's names, the interpolants hit both ends. */
class ButcherTableauTest {

    @Test
    void aBrokenTableauIsRejectedWithTheFailingCondition() {
        IllegalArgumentException rowSum = assertThrows(IllegalArgumentException.class, () -> ButcherTableau.fixed(
                new double[] {0, 0.5}, new double[][] {{}, {0.4}}, new double[] {0, 1}, 2));
        assertTrue(rowSum.getMessage().startsWith("row-sum condition fails in row 2"), rowSum.getMessage());
        IllegalArgumentException weights = assertThrows(IllegalArgumentException.class, () -> ButcherTableau.fixed(
                new double[] {0, 0.5}, new double[][] {{}, {0.5}}, new double[] {0.1, 1}, 2));
        assertTrue(weights.getMessage().startsWith("weights b must sum to 1"), weights.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ButcherTableau.fixed(new double[] {0, 0.5},
                new double[][] {{}, {0.25, 0.25}}, new double[] {0, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> ButcherTableau.fixed(new double[] {0.1},
                new double[][] {{}}, new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class, () -> new ButcherTableau(new double[] {0, 1},
                new double[][] {{}, {1}}, new double[] {0.5, 0.5}, new double[] {0.6, 0.5}, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ButcherTableau(new double[] {0, 1},
                new double[][] {{}, {1}}, new double[] {0.5, 0.5}, new double[] {1, 0}, 2, 2));
    }

    @Test
    void theRegistryHasTorchdiffeqsMethods() {
        assertEquals(List.of("dopri8", "dopri5", "tsit5", "bosh3", "fehlberg2", "adaptive_heun", "euler", "midpoint",
                "heun2", "heun3", "rk4", "explicit_adams", "implicit_adams"), Methods.names());
        for (Method m : Methods.all()) {
            assertEquals(m, Methods.byName(m.name()));
        }
        assertEquals(5, Methods.DOPRI5.errorOrder());
        assertEquals(8, Methods.DOPRI8.errorOrder());
        assertEquals(14, Methods.DOPRI8.tableau().stages());
        assertTrue(Methods.DOPRI5.tableau().isFsal());
        assertTrue(Methods.DOPRI8.tableau().isFsal());
        assertTrue(Methods.TSIT5.tableau().isFsal());
        assertTrue(Methods.BOSH3.tableau().isFsal());
        assertFalse(Methods.FEHLBERG2.tableau().isFsal());
        assertFalse(Methods.RK4.tableau().isFsal());
        assertNull(Methods.RK4.tableau().bHat());
        assertThrows(IllegalStateException.class, () -> Methods.RK4.tableau().errorWeights());
    }

    static List<RungeKuttaMethod> rungeKutta() {
        return Methods.all().stream().filter(m -> m instanceof RungeKuttaMethod).map(m -> (RungeKuttaMethod) m).toList();
    }

    /**
     * At x = 0 the dense output is y0; at x = 1 it is {@code y1 = y0 + h sum b_i k_i}, where the
     * end derivative f1 stands for the last stage of a first-same-as-last tableau.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rungeKutta")
    void denseOutputStartsAtY0AndEndsAtY1(RungeKuttaMethod method) {
        ButcherTableau t = method.tableau();
        int s = t.stages();
        double[] w = new double[s + 3];
        method.interpolant().weights(0, s, w);
        assertEquals(1, w[0], 1e-15);
        for (int i = 1; i < w.length; i++) {
            assertEquals(0, w[i], 1e-15, "weight " + i + " at x = 0");
        }
        method.interpolant().weights(1, s, w);
        double[] k = new double[s];
        for (int i = 0; i < s; i++) {
            k[i] = w[2 + i] + w[1] * t.b()[i];
        }
        if (t.isFsal()) {
            k[s - 1] += w[2 + s];
        } else {
            assertEquals(0, w[2 + s], 1e-15, "f1 weight at x = 1");
        }
        assertEquals(1, w[0] + w[1], 1e-12);
        for (int i = 0; i < s; i++) {
            assertEquals(t.b()[i], k[i], 1e-11, "stage " + i + " at x = 1");
        }
    }
}
