package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.Storage;

/**
 * The broadcasting elementwise functions of two tensors, one row each: the name, the kernel, and
 * the backward rule giving {@code dL/da} and {@code dL/db} at the output's shape ({@link BinaryOp}
 * sums them down to each operand's shape). A rule may return null for an operand not wanted.
 */
enum Binary {
    /** {@code (g, g)}. */
    ADD("add", Kernels::add, (a, b, y, g, wantA, wantB) -> new Tensor[] {g, g}),
    /** {@code (g, -g)}. */
    SUB("sub", Kernels::sub, (a, b, y, g, wantA, wantB) -> new Tensor[] {g, wantB ? g.neg() : null}),
    /** {@code (g b, g a)}. */
    MUL("mul", Kernels::mul, (a, b, y, g, wantA, wantB) -> new Tensor[] {wantA ? g.mul(b) : null, wantB ? g.mul(a) : null}),
    /** {@code (g / b, -g y / b)}. */
    DIV("div", Kernels::div, (a, b, y, g, wantA, wantB) -> {
        Tensor gOverB = g.div(b);
        return new Tensor[] {gOverB, wantB ? gOverB.mul(y).neg() : null};
    });

    /** The kernel of a row: {@code (kernels, a, shape of a, b, shape of b, output shape) -> y}. */
    @FunctionalInterface
    interface Kernel {
        Storage apply(Kernels k, Storage a, long[] sa, Storage b, long[] sb, long[] out);
    }

    /** The backward rule of a row, before reduction to the operands' shapes. */
    @FunctionalInterface
    interface Rule {
        Tensor[] grads(Tensor a, Tensor b, Tensor y, Tensor g, boolean wantA, boolean wantB);
    }

    final String label;
    final Kernel kernel;
    final Rule backward;

    Binary(String label, Kernel kernel, Rule backward) {
        this.label = label;
        this.kernel = kernel;
        this.backward = backward;
    }
}
