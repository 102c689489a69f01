package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;

/**
 * A trainable array: a mutable holder of a leaf {@link Tensor} that requires a gradient.
 *
 * <p>Updating a parameter <em>replaces</em> its leaf with a new one; the old array is never
 * written, because a tape recorded before the update may still hold it. The new leaf starts
 * without a gradient. Gradients come from the leaf's {@link Tensor#grad()}, accumulated by
 * {@link Tensor#backward()}.
 */
public final class Parameter {

    private Tensor tensor;

    /** A parameter holding the values of {@code initial}, as a fresh leaf. */
    public Parameter(Tensor initial) {
        if (initial == null) {
            throw new IllegalArgumentException("a parameter needs initial values, was null");
        }
        this.tensor = fresh(initial);
    }

    /** The values of {@code t} as a leaf that requires a gradient and outlives any workspace. */
    private static Tensor fresh(Tensor t) {
        return Workspace.keep(t).detach().asVariable();
    }

    /** The current leaf, to use in a forward pass. */
    public Tensor tensor() {
        return tensor;
    }

    /** The current values, as a constant off the tape. */
    public Tensor value() {
        return tensor.detach();
    }

    public long[] shape() {
        return tensor.shape();
    }

    public DType dtype() {
        return tensor.dtype();
    }

    public long length() {
        return tensor.length();
    }

    /** The gradient accumulated into the current leaf, or {@code null} when there is none. */
    public Tensor grad() {
        return tensor.grad();
    }

    public void zeroGrad() {
        tensor.zeroGrad();
    }

    /**
     * Replaces the parameter's leaf. A leaf that requires a gradient becomes this parameter's tensor
     * itself, so that a module can be differentiated with respect to a given leaf; a constant gives
     * its values to a fresh leaf without a gradient, as an optimizer step or a loaded state does. Same
     * shape and dtype.
     *
     * @throws IllegalArgumentException for a tensor computed by a recorded op (not a leaf)
     */
    public void set(Tensor value) {
        if (!value.isLeaf()) {
            throw new IllegalArgumentException("a parameter holds a leaf, got " + value
                    + "; pass Tensor.variable(...) or tensor.detach()");
        }
        requireSameKind(value.shape(), value.dtype());
        tensor = value.requiresGrad() ? value : fresh(value);
    }

    /**
     * Replaces the accumulated gradient with {@code g} (same shape and dtype), as
     * {@link GradientClipping} does, or removes it when {@code g} is null.
     */
    public void setGrad(Tensor g) {
        if (g != null) {
            requireSameKind(g.shape(), g.dtype());
        }
        tensor.setGrad(g);
    }

    /** Converts the values to another dtype, as a fresh leaf (used by {@link Module#to}). */
    void replaceWithDtype(DType dtype) {
        tensor = fresh(tensor.detach().to(dtype));
    }

    private void requireSameKind(long[] shape, DType dtype) {
        if (!Arrays.equals(shape, tensor.shape()) || dtype != tensor.dtype()) {
            throw new IllegalArgumentException("parameter of shape " + Arrays.toString(tensor.shape()) + " " + tensor.dtype()
                    + " cannot take shape " + Arrays.toString(shape) + " " + dtype + "; cast or reshape the value first");
        }
    }

    @Override
    public String toString() {
        return "Parameter" + Arrays.toString(shape()) + " " + dtype();
    }
}
