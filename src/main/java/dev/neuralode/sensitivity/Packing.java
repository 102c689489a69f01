package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.State;
import java.util.List;

/**
 * The layout that turns a list of tuple states into one tensor of shape {@code (T, L)}: row i holds
 * every part of state i flattened and laid end to end. An op with one output can then stand for a
 * whole solve, and slicing that output hands the gradients of all times and parts back to it in
 * one tensor.
 */
final class Packing {

    private final long[][] shapes;
    private final long[] offsets;
    private final long width;

    Packing(State template) {
        int parts = template.size();
        shapes = new long[parts][];
        offsets = new long[parts + 1];
        for (int p = 0; p < parts; p++) {
            shapes[p] = template.part(p).shape();
            offsets[p + 1] = offsets[p] + template.part(p).length();
        }
        width = offsets[parts];
    }

    int parts() {
        return shapes.length;
    }

    /** The states as {@code (T, L)}. */
    Tensor pack(List<State> states) {
        Tensor[] rows = new Tensor[states.size()];
        for (int i = 0; i < rows.length; i++) {
            State s = states.get(i);
            Tensor[] flat = new Tensor[shapes.length];
            for (int p = 0; p < flat.length; p++) {
                flat[p] = s.part(p).reshape(1, offsets[p + 1] - offsets[p]);
            }
            rows[i] = Tensor.concat(1, flat);
        }
        return Tensor.concat(0, rows);
    }

    /** Part p of row i of a packed tensor, in its own shape. */
    Tensor part(Tensor packed, int i, int p) {
        return packed.slice(0, i, i + 1L).slice(1, offsets[p], offsets[p + 1]).reshape(shapes[p]);
    }

    /** Row i of a packed tensor as a state. */
    State state(Tensor packed, int i) {
        Tensor[] parts = new Tensor[shapes.length];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = part(packed, i, p);
        }
        return State.of(parts);
    }

    /** Part p at every time, as {@code (T, shape...)}: one slice, so one gradient array. */
    Tensor stacked(Tensor packed, int p) {
        long[] shape = new long[shapes[p].length + 1];
        shape[0] = packed.size(0);
        System.arraycopy(shapes[p], 0, shape, 1, shapes[p].length);
        return packed.slice(1, offsets[p], offsets[p + 1]).reshape(shape);
    }

    long width() {
        return width;
    }
}
