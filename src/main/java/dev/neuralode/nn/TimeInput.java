package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.Arrays;

/** Turns a time value into layer inputs, the same way for every time-dependent layer. */
final class TimeInput {

    private TimeInput() {
    }

    /** {@code t} as a rank-0 tensor, after checking that it is one value of {@code x}'s dtype. */
    static Tensor scalar(String layer, Tensor t, Tensor x) {
        if (t.length() != 1) {
            throw new IllegalArgumentException(layer + ": time must be one value, had shape " + Arrays.toString(t.shape()));
        }
        if (t.dtype() != x.dtype()) {
            throw new IllegalArgumentException(layer + ": time is " + t.dtype() + " but the input is " + x.dtype()
                    + "; convert one with Tensor.to(DType)");
        }
        return t.reshape();
    }

    /** A tensor of {@code shape} filled with {@code t}, differentiable in {@code t}. */
    static Tensor filled(Tensor t, long... shape) {
        return Tensor.ones(t.dtype(), shape).mul(t);
    }
}
