package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Names, state dicts, train/eval, dtype conversion and parameter replacement. */
class ModuleTest {

    /** A module with its own parameter and a nested child, like torchdiffeq's ODEfunc wrapping a net. */
    private static final class Wrapper extends Module {
        final Sequential net;

        Wrapper(SplittableRandom rng) {
            registerParameter("scale", Tensor.ones(DType.FLOAT32, 1));
            net = registerModule("net", new Sequential(new Linear(2, 3, rng), new Tanh(), new Linear(3, 2, rng)));
        }
    }

    @Test
    void namesParametersWithDotsInRegistrationOrder() {
        Wrapper w = new Wrapper(new SplittableRandom(0));
        assertEquals(List.of("scale", "net.0.weight", "net.0.bias", "net.2.weight", "net.2.bias"),
                List.copyOf(w.namedParameters().keySet()));
        assertEquals(1 + 6 + 3 + 6 + 2, w.parameterCount());
        assertSame(((Linear) w.net.get(2)).bias(), w.parameter("net.2.bias"));
        Map<String, Tensor> state = w.stateDict();
        assertEquals(List.copyOf(w.namedParameters().keySet()), List.copyOf(state.keySet()));
        assertArrayEquals(new long[] {3, 2}, state.get("net.0.weight").shape());
        var missing = assertThrows(IllegalArgumentException.class, () -> w.parameter("net.1.weight"));
        assertTrue(missing.getMessage().contains("net.1.weight") && missing.getMessage().contains("net.0.weight"), missing.getMessage());
    }

    @Test
    void loadStateDictReplacesValuesAndConvertsDtype() {
        Wrapper a = new Wrapper(new SplittableRandom(1));
        Wrapper b = new Wrapper(new SplittableRandom(2));
        Map<String, Tensor> state = new LinkedHashMap<>();
        a.stateDict().forEach((k, v) -> state.put(k, v.to(DType.FLOAT64)));
        b.loadStateDict(state);
        for (String k : a.stateDict().keySet()) {
            assertEquals(DType.FLOAT32, b.parameter(k).dtype());
            assertArrayEquals(a.parameter(k).value().toFloatArray(), b.parameter(k).value().toFloatArray(), k);
        }
    }

    @Test
    void loadStateDictNamesEveryMismatchAndChangesNothing() {
        Wrapper w = new Wrapper(new SplittableRandom(3));
        Tensor before = w.parameter("net.0.weight").tensor();
        Map<String, Tensor> state = new LinkedHashMap<>(w.stateDict());
        state.put("net.0.weight", Tensor.zeros(DType.FLOAT32, 3, 5));
        state.remove("net.2.bias");
        state.put("net.3.weight", Tensor.zeros(DType.FLOAT32, 4));
        var e = assertThrows(IllegalArgumentException.class, () -> w.loadStateDict(state));
        String m = e.getMessage();
        assertTrue(m.contains("key 'net.0.weight': expected shape [3, 2] but got [3, 5]"), m);
        assertTrue(m.contains("missing key 'net.2.bias' (expected shape [2])"), m);
        assertTrue(m.contains("unexpected key 'net.3.weight' (shape [4])"), m);
        assertSame(before, w.parameter("net.0.weight").tensor());
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Wrapper w = new Wrapper(new SplittableRandom(4));
        assertTrue(w.isTraining() && w.net.get(0).isTraining());
        w.eval();
        assertFalse(w.isTraining() || w.net.isTraining() || w.net.get(2).isTraining());
        w.train();
        assertTrue(w.net.get(1).isTraining());
    }

    @Test
    void convertsToAnotherDtype() {
        Wrapper w = new Wrapper(new SplittableRandom(5));
        float[] before = w.parameter("net.0.weight").value().toFloatArray();
        w.to(DType.FLOAT64);
        for (Parameter p : w.parameters()) {
            assertEquals(DType.FLOAT64, p.dtype());
        }
        double[] after = w.parameter("net.0.weight").value().toDoubleArray();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 0);
        }
        assertEquals(DType.FLOAT64, w.net.forward(Tensor.zeros(DType.FLOAT64, 1, 2)).dtype());
    }

    @Test
    void updatingAParameterLeavesTheOldArrayAlone() {
        Linear layer = new Linear(2, 1, true, DType.FLOAT64, new SplittableRandom(6));
        Tensor x = Tensor.fromRows(new double[][] {{1, 2}}, DType.FLOAT64);
        Tensor recorded = layer.weight().tensor();
        double[] old = recorded.toDoubleArray();
        layer.forward(x).sum().backward();
        assertNotNull(layer.weight().grad());
        layer.weight().set(Tensor.zeros(DType.FLOAT64, 1, 2));
        assertArrayEquals(old, recorded.toDoubleArray(), 0);
        assertNull(layer.weight().grad(), "a fresh leaf starts without a gradient");
        var e = assertThrows(IllegalArgumentException.class, () -> layer.weight().set(Tensor.zeros(DType.FLOAT64, 2, 1)));
        assertTrue(e.getMessage().contains("[1, 2]") && e.getMessage().contains("[2, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> layer.weight().set(x.mul(2.0).asVariable().mul(3.0)), "not a leaf");
    }

    @Test
    void setGradReplacesTheGradient() {
        Parameter p = new Parameter(Tensor.fromValues(new double[] {1.0, 2.0}, DType.FLOAT64, 2));
        p.tensor().mul(Tensor.fromValues(new double[] {3, 4}, DType.FLOAT64, 2)).sum().backward();
        assertArrayEquals(new double[] {3, 4}, p.grad().toDoubleArray(), 0);
        p.setGrad(Tensor.fromValues(new double[] {0.25, -1}, DType.FLOAT64, 2));
        assertArrayEquals(new double[] {0.25, -1}, p.grad().toDoubleArray(), 0);
        p.setGrad(null);
        assertNull(p.grad());
    }

    @Test
    void rejectsBadNames() {
        class Bad extends Module {
            Bad(String first, String second) {
                registerParameter(first, Tensor.zeros(DType.FLOAT32, 1));
                registerParameter(second, Tensor.zeros(DType.FLOAT32, 1));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Bad("a.b", "c"));
        assertThrows(IllegalArgumentException.class, () -> new Bad("", "c"));
        var twice = assertThrows(IllegalArgumentException.class, () -> new Bad("w", "w"));
        assertTrue(twice.getMessage().contains("'w'"), twice.getMessage());
    }
}
