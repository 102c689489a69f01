package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;

import java.util.Arrays;

/**
 * A linear combination {@code y = sum_i c_i x_i} of same-shaped tensors with constant
 * coefficients, in one op: the shape of every Runge-Kutta stage and step update. Backward:
 * {@code c_i g} for each term.
 */
final class CombineOp extends Op {

    private final double[] coefficients;

    private CombineOp(double[] coefficients, Tensor[] terms) {
        super(terms);
        this.coefficients = coefficients;
    }

    static Tensor apply(double[] coefficients, Tensor... terms) {
        if (coefficients.length != terms.length || terms.length == 0) {
            throw new IllegalArgumentException("combine: " + coefficients.length + " coefficients for " + terms.length + " terms");
        }
        long[] shape = terms[0].shape();
        for (int i = 1; i < terms.length; i++) {
            BinaryOp.requireSameDtype("combine", terms[0], terms[i]);
            if (!Arrays.equals(terms[i].shape(), shape)) {
                throw new IllegalArgumentException("combine: shapes " + Shapes.str(shape) + " and "
                        + Shapes.str(terms[i].shape()) + " differ (term " + i + ")");
            }
        }
        Storage[] x = new Storage[terms.length];
        var k = terms[0].kernels();
        for (int i = 0; i < terms.length; i++) {
            x[i] = terms[i].storage(k);
        }
        return new CombineOp(coefficients.clone(), terms.clone()).output(k.combine(coefficients, x), shape);
    }

    @Override
    String name() {
        return "combine";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor[] grads = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            grads[i] = needs(i) && coefficients[i] != 0.0 ? g.mul(coefficients[i]) : null;
        }
        return grads;
    }
}
