package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer's state for a checkpoint: the number of steps taken and its per-parameter arrays,
 * keyed {@code <parameter name>.<slot>} with PyTorch's slot names ({@code exp_avg},
 * {@code exp_avg_sq}, {@code momentum_buffer}, {@code square_avg}, {@code grad_avg}), for example
 * {@code net.0.weight.exp_avg}. The map keeps its order and cannot be changed; tensors are immutable.
 */
public record OptimizerState(long step, Map<String, Tensor> arrays) {

    public OptimizerState {
        if (step < 0) {
            throw new IllegalArgumentException("an optimizer's step count cannot be negative, was " + step);
        }
        if (arrays == null) {
            throw new IllegalArgumentException("optimizer state arrays must not be null; pass an empty map for none");
        }
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    }
}
