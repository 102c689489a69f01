package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.host.HostScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Recycled arrays give the same results as fresh ones, and tensors of a closed workspace cannot be read. */
class WorkspaceTest {

    @BeforeAll
    static void poison() {
        HostScope.poisonOnClose = true;
    }

    @AfterAll
    static void stopPoisoning() {
        HostScope.poisonOnClose = false;
    }

    /** Values, first-order gradients (as in HostPathTest), flattened into one list. */
    private static List<Double> evaluate(Function<Tensor[], Tensor> f, Tensor[] inputs) {
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs[i].to(DType.FLOAT32).asVariable();
        }
        Tensor y = f.apply(x);
        List<Double> out = new ArrayList<>();
        for (double v : y.toDoubleArray()) {
            out.add(v);
        }
        for (Tensor g : Grad.grad(List.of(y.square().sum()), List.of(x), null, false, true)) {
            if (g != null) {
                for (double v : g.toDoubleArray()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> ops() {
        return OpGradientTest.ops();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void recycledArraysGiveTheSameResultsAsFreshOnes(String name, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        List<Double> fresh = evaluate(f, inputs);
        for (int round = 0; round < 2; round++) {
            // The first round fills the pool with NaN-poisoned arrays; the second computes from them.
            try (Workspace ws = Workspace.open()) {
                List<Double> recycled = evaluate(f, inputs);
                assertEquals(fresh.size(), recycled.size(), name);
                for (int i = 0; i < fresh.size(); i++) {
                    assertEquals(fresh.get(i), recycled.get(i), 0.0, name + " value " + i + " in round " + round);
                }
            }
        }
    }

    @Test
    void aTensorOfAClosedWorkspaceCannotBeReadButAKeptCopyCan() {
        Tensor x = Tensor.fromValues(new double[] {1, 2, 3}, DType.FLOAT32, 3);
        Tensor inside;
        Tensor kept;
        try (Workspace ws = Workspace.open()) {
            inside = x.tanh();
            kept = Workspace.keep(inside);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, inside::toDoubleArray);
        assertTrue(e.getMessage().contains("Workspace.keep"), e.getMessage());
        assertArrayEquals(new double[] {Math.tanh(1), Math.tanh(2), Math.tanh(3)}, kept.toDoubleArray(), 1e-6);
        assertEquals(x, Workspace.keep(x));
    }

    @Test
    void workspacesCloseInReverseOrder() {
        Workspace outer = Workspace.open();
        Workspace inner = Workspace.open();
        assertThrows(IllegalStateException.class, outer::close);
        inner.close();
        outer.close();
    }

    @Test
    void gradientsKeptFromATrainingIterationEqualThoseComputedWithoutAWorkspace() {
        double[] w = {0.3, -0.7, 1.1, 0.2, -0.4, 0.9};
        double[] xs = {1, -2, 0.5, 3, -1, 0.25};
        Tensor plainW = Tensor.fromValues(w, DType.FLOAT32, 3, 2).asVariable();
        Tensor x = Tensor.fromValues(xs, DType.FLOAT32, 2, 3);
        x.matmul(plainW).elu(1.0).square().sum().backward();

        Tensor pooledW = Tensor.fromValues(w, DType.FLOAT32, 3, 2).asVariable();
        Tensor unkept = Tensor.fromValues(w, DType.FLOAT32, 3, 2).asVariable();
        // Two iterations, so the second runs on arrays the first recycled (and poisoned).
        for (int it = 0; it < 2; it++) {
            pooledW.zeroGrad();
            unkept.zeroGrad();
            try (Workspace ws = Workspace.open()) {
                x.matmul(pooledW).elu(1.0).square().sum().add(x.matmul(unkept).sum()).backward();
                Workspace.keepGradients(List.of(pooledW));
            }
        }
        assertArrayEquals(plainW.grad().toDoubleArray(), pooledW.grad().toDoubleArray(), 1e-6);
        assertThrows(IllegalStateException.class, () -> unkept.grad().toDoubleArray());
    }
}
