package dev.neuralode.nn;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Updates parameters from their gradients, one {@link #step()} at a time, as PyTorch's
 * {@code torch.optim} optimizers do. A parameter without a gradient is left alone in that step.
 *
 * <p>Each step computes new arrays and {@linkplain Parameter#set(INDArray) replaces} the parameter
 * values with them; it never writes into an array a tape may hold. The optimizer's own per-parameter
 * arrays (moments, momentum buffers) are private and updated in place. The step count is
 * per optimizer (PyTorch counts per parameter: the same whenever every parameter has a gradient
 * in every step).
 */
public abstract class Optimizer {

    private final Map<String, Parameter> parameters;
    private final Map<String, INDArray> slots = new LinkedHashMap<>();
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
        parameters.forEach((name, p) -> {
            Tensor g = p.grad();
            if (g == null) {
                return;
            }
            float[] next = g.dtype() == DataType.FLOAT && Backend.hostKernels() ? updateHost(name, p.tensor(), g) : null;
            if (next != null) {
                p.set(Tensor.variable(next, p.shape()));
            } else {
                p.set(update(name, p.value(), g.value()));
            }
        });
    }

    /**
     * The new values of one parameter. Must not write into {@code p} or {@code g} (the tape may hold
     * them); {@link #slot} arrays may be updated in place.
     *
     * @param name the parameter's name, to key its slots
     */
    protected abstract INDArray update(String name, INDArray p, INDArray g);

    /**
     * The same update for a float32 parameter on Java arrays, or null when this optimizer has none
     * (then {@link #update} runs). Why: each ND4J array a step creates costs a native allocation and
     * bookkeeping that the garbage collector must trace; at a hundred steps a second (a small
     * batch in the explorer) that bookkeeping, not the arithmetic, set the length of GC pauses.
     * Slots stay ND4J arrays ({@link #state()} is unchanged) and are read and written in bulk.
     */
    protected float[] updateHost(String name, Tensor p, Tensor g) {
        return null;
    }

    /** The names of the per-parameter arrays this optimizer keeps, as in PyTorch's state. */
    protected abstract List<String> slotNames();

    /** A per-parameter array of the parameter's shape, created as zeros on first use. */
    protected final INDArray slot(String parameter, String slot, INDArray like) {
        return slot(parameter, slot, like.dataType(), like.shape());
    }

    /** A per-parameter array of the given shape and dtype, created as zeros on first use. */
    protected final INDArray slot(String parameter, String slot, DataType dtype, long[] shape) {
        return slots.computeIfAbsent(key(parameter, slot), k -> Nd4j.zeros(dtype, shape));
    }

    /** A per-parameter array, or {@code null} before it is first stored. */
    protected final INDArray slotOrNull(String parameter, String slot) {
        return slots.get(key(parameter, slot));
    }

    /** Stores a per-parameter array, which the optimizer then owns. */
    protected final void putSlot(String parameter, String slot, INDArray value) {
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

    /** A copy of the step count and every per-parameter array, for a checkpoint. */
    public final OptimizerState state() {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        slots.forEach((k, v) -> copy.put(k, v.dup()));
        return new OptimizerState(steps, copy);
    }

    /**
     * Restores a state from {@link #state()}, replacing the current one.
     *
     * @throws IllegalArgumentException naming the key when a key names no parameter or slot of this
     *                                  optimizer, or an array's shape differs from its parameter's
     */
    public final void loadState(OptimizerState state) {
        Map<String, INDArray> restored = new LinkedHashMap<>();
        state.arrays().forEach((k, v) -> {
            Parameter p = parameterOfKey(k);
            if (!Arrays.equals(v.shape(), p.shape())) {
                throw new IllegalArgumentException("optimizer state '" + k + "': expected shape " + Arrays.toString(p.shape())
                        + " but got " + Arrays.toString(v.shape()));
            }
            restored.put(k, v.castTo(p.dtype()).dup('c'));
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
