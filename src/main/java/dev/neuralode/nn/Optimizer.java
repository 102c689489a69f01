package dev.neuralode.nn;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Updates parameters from their gradients, one {@link #step()} at a time, as PyTorch's
 * {@code torch.optim} optimizers do. A parameter without a gradient is left alone in that step.
 *
 * <p>Each step computes new tensors and {@linkplain Parameter#set(Tensor) replaces} the parameter
 * values with them; it never writes into values a tape may hold. Every update rule is written once,
 * in tensor ops with recording off, so it runs on whichever kernels compute the parameter's dtype.
 * The optimizer's own per-parameter tensors (moments, momentum buffers) are replaced each step, like
 * the parameters. The step count is
 * per optimizer (PyTorch counts per parameter: the same whenever every parameter has a gradient
 * in every step).
 */
public abstract class Optimizer {

    private final Map<String, Parameter> parameters;
    private final Map<String, Tensor> slots = new LinkedHashMap<>();
    private double learningRate;
    private long steps;

    /**
     * @param parameters the parameters to update, by name (such as {@link Module#namedParameters()})
     */
    protected Optimizer(Map<String, Parameter> parameters, double learningRate) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs at least one parameter; pass module.namedParameters()");
        }
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        setLearningRate(learningRate);
    }

    /**
     * One training step whose activations live in a {@link Workspace} that the next step reuses:
     * zeroes the gradients, runs {@code lossAndBackward} (the forward pass and its
     * {@code backward()}) in the workspace, copies the gradients out of it, closes it and applies
     * the update. Returns what {@code lossAndBackward} returned, which must hold no tensor computed
     * in it (their arrays are recycled). When it throws, nothing is updated.
     */
    public final <T> T step(Supplier<T> lossAndBackward) {
        zeroGrad();
        T result;
        try (Workspace ws = Workspace.open()) {
            result = lossAndBackward.get();
            Workspace.keepGradients(parameters.values().stream().map(Parameter::tensor).toList());
        }
        step();
        return result;
    }

    /** Applies one update to every parameter that has a gradient. */
    public final void step() {
        steps++;
        try (GradMode off = GradMode.disabled()) {
            parameters.forEach((name, p) -> {
                Tensor g = p.grad();
                if (g != null) {
                    p.set(update(name, p.value(), g.detach()));
                }
            });
        }
    }

    /**
     * The new values of one parameter, in tensor ops (recording is off). Slots are read with
     * {@link #slot} and replaced with {@link #putSlot}.
     *
     * @param name the parameter's name, to key its slots
     */
    protected abstract Tensor update(String name, Tensor p, Tensor g);

    /** The names of the per-parameter arrays this optimizer keeps, as in PyTorch's state. */
    protected abstract List<String> slotNames();

    /** A per-parameter tensor of the parameter's shape and dtype, zeros before it is first stored. */
    protected final Tensor slot(String parameter, String slot, Tensor like) {
        Tensor t = slots.get(key(parameter, slot));
        return t != null ? t : Tensor.zeros(like.dtype(), like.shape());
    }

    /** A per-parameter tensor, or {@code null} before it is first stored. */
    protected final Tensor slotOrNull(String parameter, String slot) {
        return slots.get(key(parameter, slot));
    }

    /** Stores a per-parameter tensor, replacing the previous one. */
    protected final void putSlot(String parameter, String slot, Tensor value) {
        slots.put(key(parameter, slot), value);
    }

    private static String key(String parameter, String slot) {
        return parameter + "." + slot;
    }

    /** Forgets the gradient of every parameter. */
    public final void zeroGrad() {
        parameters.values().forEach(Parameter::zeroGrad);
    }

    /** The parameters this optimizer updates, by name. */
    public final Map<String, Parameter> parameters() {
        return parameters;
    }

    public final double learningRate() {
        return learningRate;
    }

    /** Changes the learning rate for the following steps (what a schedule does). */
    public final void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be finite and non-negative, was " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** The number of steps taken so far. */
    public final long stepCount() {
        return steps;
    }

    /** The step count and every per-parameter tensor (immutable, so shared), for a checkpoint. */
    public final OptimizerState state() {
        return new OptimizerState(steps, slots);
    }

    /**
     * Restores a state from {@link #state()}, replacing the current one.
     *
     * @throws IllegalArgumentException naming the key when a key names no parameter or slot of this
     *                                  optimizer, or an array's shape differs from its parameter's
     */
    public final void loadState(OptimizerState state) {
        Map<String, Tensor> restored = new LinkedHashMap<>();
        state.arrays().forEach((k, v) -> {
            Parameter p = parameterOfKey(k);
            if (!Arrays.equals(v.shape(), p.shape())) {
                throw new IllegalArgumentException("optimizer state '" + k + "': expected shape " + Arrays.toString(p.shape())
                        + " but got " + Arrays.toString(v.shape()));
            }
            restored.put(k, Workspace.keep(v).detach().to(p.dtype()));
        });
        slots.clear();
        slots.putAll(restored);
        steps = state.step();
    }

    private Parameter parameterOfKey(String key) {
        for (String slot : slotNames()) {
            String suffix = "." + slot;
            if (key.endsWith(suffix)) {
                Parameter p = parameters.get(key.substring(0, key.length() - suffix.length()));
                if (p != null) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("optimizer state key '" + key + "' is not <parameter>.<slot> for this "
                + getClass().getSimpleName() + "; its parameters are " + parameters.keySet() + " and its slots " + slotNames());
    }

    /** Checks a hyperparameter's range, naming it and its value. */
    static void require(boolean ok, String name, double value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + range + ", was " + value);
        }
    }
}
