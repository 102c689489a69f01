package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Arrays;

import java.util.Arrays;

/** The same elements in C order with another shape. Backward: the gradient reshaped back. */
final class ReshapeOp extends Op {

    private ReshapeOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x, long... shape) {
        long[] target = resolve(x.shape(), shape);
        if (Arrays.equals(target, x.shape())) {
            return x;
        }
        return new ReshapeOp(x).output(x.kernels().reshape(x.storage(), target), target);
    }

    /** Fills in one -1 dimension and checks the element count. */
    static long[] resolve(long[] from, long[] to) {
        long known = 1;
        int inferred = -1;
        for (int i = 0; i < to.length; i++) {
            if (to[i] == -1 && inferred < 0) {
                inferred = i;
            } else if (to[i] < 0) {
                throw new IllegalArgumentException("reshape: bad target shape " + Shapes.str(to) + " (one -1 at most)");
            } else {
                known *= to[i];
            }
        }
        long total = Shapes.length(from);
        long[] out = to.clone();
        if (inferred >= 0) {
            if (known == 0 || total % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + Shapes.str(from) + " to " + Shapes.str(to));
            }
            out[inferred] = total / known;
        } else if (known != total) {
            throw new IllegalArgumentException("reshape: cannot reshape " + Shapes.str(from) + " (" + total
                    + " elements) to " + Shapes.str(to) + " (" + known + " elements)");
        }
        return out;
    }

    @Override
    String name() {
        return "reshape";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.reshape(inputs[0].shape())};
    }
}
