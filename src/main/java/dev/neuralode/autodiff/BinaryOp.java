package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

/** {@code y = a (op) b} for one row of {@link Binary}, with NumPy broadcasting and one dtype. */
final class BinaryOp extends Op {

    private final Binary f;

    private BinaryOp(Binary f, Tensor a, Tensor b) {
        super(a, b);
        this.f = f;
    }

    static Tensor apply(Binary f, Tensor a, Tensor b) {
        requireSameDtype(f.label, a, b);
        long[] shape = Shapes.broadcast(f.label, a.shape(), b.shape());
        var k = a.kernels();
        return new BinaryOp(f, a, b).output(f.kernel.apply(k, a.storage(), a.shape(), b.storage(), b.shape(), shape), shape);
    }

    /** Refuses to mix dtypes, naming the op and the fix. */
    static void requireSameDtype(String op, Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": dtypes " + a.dtype() + " and " + b.dtype()
                    + " differ; convert one with Tensor.to(DType)");
        }
    }

    @Override
    String name() {
        return f.label;
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor[] grads = f.backward.grads(inputs[0], inputs[1], out, g, needs(0), needs(1));
        for (int i = 0; i < 2; i++) {
            grads[i] = needs(i) ? grads[i].sumTo(inputs[i].shape()) : null;
        }
        return grads;
    }
}
