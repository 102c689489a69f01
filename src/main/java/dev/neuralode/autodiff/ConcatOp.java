package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;

/** Joins tensors along an existing axis. Backward: the matching slices of the gradient. */
final class ConcatOp extends Op {

    private final int axis;

    private ConcatOp(int axis, Tensor[] parts) {
        super(parts);
        this.axis = axis;
    }

    static Tensor apply(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat: needs at least one tensor");
        }
        int a = Shapes.axis("concat", axis, parts[0].rank());
        for (int i = 0; i < parts.length; i++) {
            Tensor p = parts[i];
            if (p.dtype() != parts[0].dtype()) {
                throw new IllegalArgumentException("concat: dtypes " + parts[0].dtype() + " and " + p.dtype() + " differ (tensor " + i + ")");
            }
            if (!sameExcept(parts[0].shape(), p.shape(), a)) {
                throw new IllegalArgumentException("concat: shapes " + Shapes.str(parts[0].shape()) + " and "
                        + Shapes.str(p.shape()) + " differ outside axis " + a + " (tensor " + i + ")");
            }
        }
        if (parts.length == 1) {
            return parts[0];
        }
        var k = parts[0].kernels();
        Storage[] data = new Storage[parts.length];
        long[][] shapes = new long[parts.length][];
        long[] shape = parts[0].shape();
        shape[a] = 0;
        for (int i = 0; i < parts.length; i++) {
            data[i] = parts[i].storage(k);
            shapes[i] = parts[i].shape();
            shape[a] += shapes[i][a];
        }
        return new ConcatOp(a, parts.clone()).output(k.concat(data, shapes, a), shape);
    }

    private static boolean sameExcept(long[] s, long[] t, int axis) {
        if (s.length != t.length) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (i != axis && s[i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    String name() {
        return "concat";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor[] grads = new Tensor[inputs.length];
        long offset = 0;
        for (int i = 0; i < inputs.length; i++) {
            long n = inputs[i].shape()[axis];
            grads[i] = needs(i) ? g.slice(axis, offset, offset + n) : null;
            offset += n;
        }
        return grads;
    }
}
