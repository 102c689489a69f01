package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Finite-difference gradient checks in float64, first and second order.
 *
 * <p>First order: the analytic gradient of {@code L = sum(w * f(x))} (w random) against central
 * differences of L. Second order: the analytic gradient of the gradient-vector product
 * {@code h = sum_i <v_i, dL/dx_i>} against central differences of h, where h itself is computed
 * with the analytic first-order gradients.
 */
final class GradCheck {

    static final double EPS = 1e-6;
    static final double RTOL = 1e-5;
    static final double ATOL = 1e-7;

    private GradCheck() {
    }

    /** Random float64 values in [lo, hi). */
    static INDArray uniform(Random rng, double lo, double hi, long... shape) {
        double[] v = new double[(int) Shapes.length(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return Nd4j.createFromArray(v).reshape('c', shape);
    }

    /** Random float64 values with |x| in [lo, hi) and a random sign: keeps inputs away from kinks at 0. */
    static INDArray awayFromZero(Random rng, double lo, double hi, long... shape) {
        INDArray x = uniform(rng, lo, hi, shape);
        INDArray signs = uniform(rng, -1, 1, shape);
        return x.mul(Nd4j.math().sign(signs));
    }

    /** Runs both checks; fails with the op, the input, the element and both values on a mismatch. */
    static void check(String name, Function<Tensor[], Tensor> f, INDArray... inputValues) {
        firstOrder(name, f, inputValues);
        secondOrder(name, f, inputValues);
    }

    static void firstOrder(String name, Function<Tensor[], Tensor> f, INDArray... inputValues) {
        Random rng = new Random(7);
        Tensor[] probe = variables(inputValues);
        Tensor y = f.apply(probe);
        INDArray w = uniform(rng, -1, 1, y.shape());
        Function<Tensor[], Tensor> loss = x -> f.apply(x).mul(Tensor.constant(w)).sum();

        Tensor[] x = variables(inputValues);
        List<Tensor> analytic = Grad.grad(List.of(loss.apply(x)), List.of(x), null, false, true);
        for (int i = 0; i < x.length; i++) {
            INDArray numeric = numericGradient(loss, inputValues, i);
            compare(name + " first order", i, analytic.get(i), numeric);
        }
    }

    static void secondOrder(String name, Function<Tensor[], Tensor> f, INDArray... inputValues) {
        Random rng = new Random(11);
        Tensor y = f.apply(variables(inputValues));
        INDArray w = uniform(rng, -1, 1, y.shape());
        INDArray[] v = new INDArray[inputValues.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = uniform(rng, -1, 1, inputValues[i].shape());
        }
        Function<Boolean, Function<Tensor[], Tensor>> gvp = createGraph -> x -> {
            Tensor l = f.apply(x).mul(Tensor.constant(w)).sum();
            List<Tensor> g = Grad.grad(List.of(l), List.of(x), null, createGraph, true);
            Tensor h = Tensor.scalar(0.0, DataType.DOUBLE);
            for (int i = 0; i < x.length; i++) {
                if (g.get(i) != null) {
                    h = h.add(g.get(i).mul(Tensor.constant(v[i])).sum());
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
            INDArray numeric = numericGradient(gvp.apply(false), inputValues, i);
            compare(name + " second order", i, analytic.get(i), numeric);
        }
    }

    private static Tensor[] variables(INDArray[] values) {
        Tensor[] x = new Tensor[values.length];
        for (int i = 0; i < values.length; i++) {
            x[i] = Tensor.variable(values[i].dup());
        }
        return x;
    }

    private static INDArray numericGradient(Function<Tensor[], Tensor> scalar, INDArray[] values, int which) {
        INDArray base = values[which];
        double[] flat = base.dup('c').data().asDouble();
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
        return Nd4j.createFromArray(grad).reshape('c', base.shape());
    }

    private static double evaluate(Function<Tensor[], Tensor> scalar, INDArray[] values, int which, double[] flat, long[] shape) {
        List<INDArray> perturbed = new ArrayList<>(Arrays.asList(values));
        perturbed.set(which, Nd4j.createFromArray(flat.clone()).reshape('c', shape));
        return scalar.apply(variables(perturbed.toArray(new INDArray[0]))).item();
    }

    private static void compare(String what, int input, Tensor analytic, INDArray numeric) {
        double[] n = numeric.dup('c').data().asDouble();
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
