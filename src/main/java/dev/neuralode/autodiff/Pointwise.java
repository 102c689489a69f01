package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.function.BiFunction;

/**
 * The elementwise functions of one tensor without parameters, one row each: the name, the kernel
 * that computes {@code y = f(x)} and the backward rule {@code dL/dx} from x, y and the incoming
 * gradient g, written in differentiable tensor ops. A row names its kernel by method reference, so
 * a function no kernel implements does not compile.
 */
enum Pointwise {
    /** {@code d exp(x) = exp(x)}. */
    EXP("exp", Kernels::exp, (x, y, g) -> g.mul(y)),
    /** {@code d log(x) = 1 / x}. */
    LOG("log", Kernels::log, (x, y, g) -> g.div(x)),
    /** {@code d sqrt(x) = 1 / (2 sqrt(x))}. */
    SQRT("sqrt", Kernels::sqrt, (x, y, g) -> g.div(y.mul(2.0))),
    /** {@code d |x| = sign(x)}, itself constant almost everywhere. */
    ABS("abs", Kernels::abs, (x, y, g) -> g.mul(x.sign())),
    /** {@code d tanh(x) = 1 - y^2}. */
    TANH("tanh", Kernels::tanh, (x, y, g) -> ActivationGradOp.apply(Activation.TANH, g, y)),
    /** {@code d sigmoid(x) = y (1 - y)}. */
    SIGMOID("sigmoid", Kernels::sigmoid, (x, y, g) -> ActivationGradOp.apply(Activation.SIGMOID, g, y)),
    /** {@code d log(1 + e^x) = sigmoid(x)}. */
    SOFTPLUS("softplus", Kernels::softplus, (x, y, g) -> g.mul(x.sigmoid())),
    /** {@code d relu(x) = [x > 0]}. */
    RELU("relu", Kernels::relu, (x, y, g) -> ActivationGradOp.apply(Activation.RELU, g, y)),
    /** {@code d (x s) = s (1 + x (1 - s))} with {@code s = sigmoid(x)}. */
    SILU("silu", Kernels::silu, (x, y, g) -> {
        Tensor s = x.sigmoid();
        return g.mul(s.mul(x.mul(s.rsub(1.0)).add(1.0)));
    }),
    /** {@code d x^2 = 2 x}. */
    SQUARE("square", Kernels::square, (x, y, g) -> g.mul(x.mul(2.0)));

    /** {@code dL/dx} from the input, the recorded output and {@code dL/dy}. */
    @FunctionalInterface
    interface Rule {
        Tensor grad(Tensor x, Tensor y, Tensor g);
    }

    final String label;
    final BiFunction<Kernels, Storage, Storage> kernel;
    final Rule backward;

    Pointwise(String label, BiFunction<Kernels, Storage, Storage> kernel, Rule backward) {
        this.label = label;
        this.kernel = kernel;
        this.backward = backward;
    }
}
