package dev.neuralode.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gradients of {@code L = sum(z(1)^2)} through dopri5 on the reference MLP ODE against torchdiffeq
 * 0.2.5 ({@code reference/grad_reference_float64.json}): backpropagation through the solver and
 * the adjoint at rtol = atol = 1e-8, in float64.
 */
class TorchdiffeqGradientReferenceTest {

    private static JsonNode reference;
    private static List<Tensor> theta;
    private static Tensor z0;

    @BeforeAll
    static void load() throws IOException {
        Backend.start(1);
        try (InputStream in = TorchdiffeqGradientReferenceTest.class.getResourceAsStream("/reference/grad_reference_float64.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        theta = new ArrayList<>();
        for (JsonNode name : reference.get("param_order")) {
            theta.add(tensor(reference.get("weights").get(name.asText())).asVariable());
        }
        z0 = tensor(reference.get("z0")).asVariable();
    }

    /** A float64 tensor from a JSON number, vector or matrix. */
    static Tensor tensor(JsonNode node) {
        if (!node.isArray()) {
            return Tensor.scalar(node.asDouble(), DType.FLOAT64);
        }
        boolean matrix = node.get(0).isArray();
        int rows = node.size();
        int cols = matrix ? node.get(0).size() : 1;
        double[] v = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                v[r * cols + c] = matrix ? node.get(r).get(c).asDouble() : node.get(r).asDouble();
            }
        }
        return matrix ? Tensor.fromValues(v, DType.FLOAT64, rows, cols) : Tensor.fromValues(v, DType.FLOAT64, rows);
    }

    private static ParametricDynamics mlp() {
        return ParametricDynamics.of((t, y) -> State.of(y.single().linearTanh(theta.get(0), theta.get(1))
                .linearTanh(theta.get(2), theta.get(3)).linear(theta.get(4), theta.get(5))), theta);
    }

    private static JsonNode run(String mode) {
        for (JsonNode r : reference.get("runs")) {
            if (r.get("mode").asText().equals(mode) && r.get("rtol").asDouble() == 1e-8) {
                return r;
            }
        }
        throw new IllegalStateException("no reference run " + mode);
    }

    private record Result(List<Tensor> grads, GradientSolution solution) {
    }

    private static Result gradients(Sensitivity sensitivity) {
        GradientSolution s = OdeSolve.solve(Odeint.with("dopri5").tolerances(1e-8, 1e-8), sensitivity, mlp(),
                State.of(z0), TimeGrid.of(0.0, 1.0));
        Tensor loss = s.tensor(1).square().sum();
        List<Tensor> inputs = new ArrayList<>(theta);
        inputs.add(0, z0);
        return new Result(Grad.grad(List.of(loss), inputs, null, false, false), s);
    }

    /** max |a - b| / max |b|, the reference's own measure. */
    private static double relativeError(Tensor actual, JsonNode expected) {
        double[] a = actual.toDoubleArray();
        double[] b = tensor(expected).toDoubleArray();
        assertEquals(b.length, a.length);
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return diff / scale;
    }

    private static void assertMatches(JsonNode ref, Result r) {
        assertTrue(relativeError(r.grads().get(0), ref.get("dL_dz0")) < 1e-6, "dL/dz0");
        int k = 1;
        for (JsonNode name : reference.get("param_order")) {
            double e = relativeError(r.grads().get(k++), ref.get("dL_dtheta").get(name.asText()));
            assertTrue(e < 1e-6, "dL/d" + name.asText() + " relative error " + e);
        }
        assertEquals(ref.get("nfe_fwd").asInt(), r.solution().forwardStats().nfe(), "forward NFE");
    }

    @Test
    void backpropagationThroughTheSolverMatchesTorchdiffeq() {
        assertMatches(run("odeint_backprop"), gradients(Sensitivity.direct()));
    }

    @Test
    void adjointMatchesTorchdiffeqIncludingItsBackwardWork() {
        JsonNode ref = run("odeint_adjoint");
        Result r = gradients(Sensitivity.adjoint());
        assertMatches(ref, r);
        BackwardStats b = r.solution().backwardStats();
        assertEquals(ref.get("nfe_bwd").asInt(), b.nfe(), "backward NFE");
        assertEquals(ref.get("accepted_bwd").asInt(), b.acceptedSteps(), "backward accepted steps");
        assertEquals(ref.get("rejected_bwd").asInt(), b.rejectedSteps(), "backward rejected steps");
    }

    @Test
    void seminormNeedsFewerBackwardEvaluationsForTheSameGradients() {
        Result r = gradients(Sensitivity.adjoint().withSeminorm());
        JsonNode ref = run("odeint_adjoint");
        assertTrue(r.solution().backwardStats().nfe() < ref.get("nfe_bwd").asInt(),
                "seminorm backward NFE " + r.solution().backwardStats().nfe());
        assertTrue(relativeError(r.grads().get(0), ref.get("dL_dz0")) < 1e-5, "dL/dz0 with the seminorm");
    }
}
