package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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

    /** A parameter holding {@code initial}, which the caller must not change afterwards. */
    public Parameter(INDArray initial) {
        if (initial == null || !initial.dataType().isFPType()) {
            throw new IllegalArgumentException("a parameter needs a floating-point array, was "
                    + (initial == null ? "null" : initial.dataType()));
        }
        this.tensor = Tensor.variable(initial);
    }

    /** The current leaf, to use in a forward pass. */
    public Tensor tensor() {
        return tensor;
    }

    /** The current values; read-only (a tape may hold them). */
    public INDArray value() {
        return tensor.value();
    }

    public long[] shape() {
        return tensor.shape();
    }

    public DataType dtype() {
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
     * Replaces the values with {@code value} (same shape and dtype) as a fresh leaf without a
     * gradient. The caller must not change {@code value} afterwards.
     */
    public void set(INDArray value) {
        requireSameKind(value.shape(), value.dataType());
        tensor = Tensor.variable(value);
    }

    /**
     * Makes {@code leaf} this parameter's tensor, for example to differentiate a module with
     * respect to a given leaf. It must be a leaf that requires a gradient, of the same shape and dtype.
     */
    public void set(Tensor leaf) {
        if (!leaf.isLeaf() || !leaf.requiresGrad()) {
            throw new IllegalArgumentException("a parameter holds a leaf that requires a gradient, got " + leaf
                    + "; pass Tensor.variable(...) or tensor.detach().asVariable()");
        }
        requireSameKind(leaf.shape(), leaf.dtype());
        tensor = leaf;
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
    void replaceWithDtype(DataType dtype) {
        tensor = Tensor.variable(tensor.value().castTo(dtype));
    }

    private void requireSameKind(long[] shape, DataType dtype) {
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
