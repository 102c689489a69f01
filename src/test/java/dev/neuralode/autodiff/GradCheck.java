package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.fail;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Finite-difference gradient checks in float64, first and second order.
 *
 * <p>First order: the analytic gradient of {@code L = sum(w * f(x))} (w random) against central
 * differences of L. Second order: the analytic gradient of the gradient-vector product
 * {@code h = sum_i <v_i, dL/dx_i>} against central differences of h, where h itself is computed
 * with the analytic first-order gradients.
 */
public final class GradCheck {

    static final double EPS = 1e-6;
    static final double RTOL = 1e-5;
    static final double ATOL = 1e-7;

    private GradCheck() {
    }

    /** {@code sum_i a_i b_i}, for adjoint identities. */
    public static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new AssertionError("dot: lengths " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Random float64 values in [lo, hi), as a constant. */
    public static Tensor uniform(Random rng, double lo, double hi, long... shape) {
        return Tensor.fromValues(uniformValues(rng, lo, hi, shape), DType.FLOAT64, shape);
    }

    private static double[] uniformValues(Random rng, double lo, double hi, long... shape) {
        double[] v = new double[(int) Shapes.length(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return v;
    }

    /** Random float64 values with |x| in [lo, hi) and a random sign: keeps inputs away from kinks at 0. */
    static Tensor awayFromZero(Random rng, double lo, double hi, long... shape) {
        double[] x = uniformValues(rng, lo, hi, shape);
        double[] signs = uniformValues(rng, -1, 1, shape);
        for (int i = 0; i < x.length; i++) {
            x[i] *= Math.signum(signs[i]);
        }
        return Tensor.fromValues(x, DType.FLOAT64, shape);
    }

    /** Runs both checks; fails with the op, the input, the element and both values on a mismatch. */
    public static void check(String name, Function<Tensor[], Tensor> f, Tensor... inputValues) {
        firstOrder(name, f, inputValues);
        secondOrder(name, f, inputValues);
    }

    public static void firstOrder(String name, Function<Tensor[], Tensor> f, Tensor... inputValues) {
        Random rng = new Random(7);
        Tensor[] probe = variables(inputValues);
        Tensor y = f.apply(probe);
        Tensor w = uniform(rng, -1, 1, y.shape());
        Function<Tensor[], Tensor> loss = x -> f.apply(x).mul(w).sum();

        Tensor[] x = variables(inputValues);
        List<Tensor> analytic = Grad.grad(List.of(loss.apply(x)), List.of(x), null, false, true);
        for (int i = 0; i < x.length; i++) {
            double[] numeric = numericGradient(loss, inputValues, i);
            compare(name + " first order", i, analytic.get(i), numeric);
        }
    }

    public static void secondOrder(String name, Function<Tensor[], Tensor> f, Tensor... inputValues) {
        Random rng = new Random(11);
        Tensor y = f.apply(variables(inputValues));
        Tensor w = uniform(rng, -1, 1, y.shape());
        Tensor[] v = new Tensor[inputValues.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = uniform(rng, -1, 1, inputValues[i].shape());
        }
        Function<Boolean, Function<Tensor[], Tensor>> gvp = createGraph -> x -> {
            Tensor l = f.apply(x).mul(w).sum();
            List<Tensor> g = Grad.grad(List.of(l), List.of(x), null, createGraph, true);
            Tensor h = Tensor.scalar(0.0, DType.FLOAT64);
            for (int i = 0; i < x.length; i++) {
                if (g.get(i) != null) {
                    h = h.add(g.get(i).mul(v[i]).sum());
                }
            }
            return h;
        };
        Tensor[] x = variables(inputValues);
        Tensor h = gvp.apply(true).apply(x);
        List<Tensor> analytic = h.requiresGrad()
                ? Grad.grad(List.of(h), List.of(x), null, false, true)
                : Arrays.asList(new Tensor[x.length]);
        for (int i = 0; i < x.length; i++) {
            double[] numeric = numericGradient(gvp.apply(false), inputValues, i);
            compare(name + " second order", i, analytic.get(i), numeric);
        }
    }

    private static Tensor[] variables(Tensor[] values) {
        Tensor[] x = new Tensor[values.length];
        for (int i = 0; i < values.length; i++) {
            x[i] = values[i].asVariable();
        }
        return x;
    }

    private static double[] numericGradient(Function<Tensor[], Tensor> scalar, Tensor[] values, int which) {
        Tensor base = values[which];
        double[] flat = base.toDoubleArray();
        double[] grad = new double[flat.length];
        for (int k = 0; k < flat.length; k++) {
            double orig = flat[k];
            flat[k] = orig + EPS;
            double plus = evaluate(scalar, values, which, flat, base.shape());
            flat[k] = orig - EPS;
            double minus = evaluate(scalar, values, which, flat, base.shape());
            flat[k] = orig;
            grad[k] = (plus - minus) / (2 * EPS);
        }
        return grad;
    }

    private static double evaluate(Function<Tensor[], Tensor> scalar, Tensor[] values, int which, double[] flat, long[] shape) {
        List<Tensor> perturbed = new ArrayList<>(Arrays.asList(values));
        perturbed.set(which, Tensor.fromValues(flat.clone(), DType.FLOAT64, shape));
        return scalar.apply(variables(perturbed.toArray(new Tensor[0]))).item();
    }

    private static void compare(String what, int input, Tensor analytic, double[] numeric) {
        double[] n = numeric;
        double[] a = analytic == null ? new double[n.length] : analytic.toDoubleArray();
        if (a.length != n.length) {
            fail(what + ": input " + input + " gradient has " + a.length + " elements, expected " + n.length);
        }
        for (int k = 0; k < n.length; k++) {
            if (Math.abs(a[k] - n[k]) > ATOL + RTOL * Math.abs(n[k])) {
                fail(what + ": input " + input + " element " + k + ": analytic " + a[k] + " vs numeric " + n[k]);
            }
        }
    }
}
