package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;

/**
 * The state of an ODE: one tensor (a batch of points) or a tuple of tensors such as {@code (z, log p)}
 * for a continuous normalizing flow. All parts share one floating-point dtype.
 *
 * <p>The Runge-Kutta machinery works part by part ({@link #combine}), so a tuple is never copied into
 * one flat array: a flat copy would cost a concatenation and a slice per part on every evaluation of
 * {@code f}, while a tuple of two parts costs one extra linear combination per stage.
 */
public final class State {

    private final Tensor[] parts;

    private State(Tensor[] parts) {
        this.parts = parts;
    }

    /**
     * A state made of the given tensors.
     *
     * @throws IllegalArgumentException when there is no part, a part is null, or dtypes differ
     */
    public static State of(Tensor... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("a state needs at least one tensor");
        }
        for (int p = 0; p < parts.length; p++) {
            if (parts[p] == null) {
                throw new IllegalArgumentException("state part " + p + " is null");
            }
            if (parts[p].dtype() != parts[0].dtype()) {
                throw new IllegalArgumentException("state parts must share one dtype: part 0 is " + parts[0].dtype()
                        + ", part " + p + " is " + parts[p].dtype() + "; convert with Tensor.to(DType)");
            }
        }
        return new State(parts.clone());
    }

    /** The number of tensors in this state. */
    public int size() {
        return parts.length;
    }

    public Tensor part(int index) {
        return parts[index];
    }

    /** The only part of a one-tensor state. */
    public Tensor single() {
        if (parts.length != 1) {
            throw new IllegalStateException("single() needs a one-tensor state; this state has " + parts.length
                    + " parts: use part(i)");
        }
        return parts[0];
    }

    public DType dtype() {
        return parts[0].dtype();
    }

    /** The number of elements of each part. */
    public long[] lengths() {
        long[] n = new long[parts.length];
        for (int p = 0; p < parts.length; p++) {
            n[p] = parts[p].length();
        }
        return n;
    }

    /** The same values cut from the tape. */
    public State detach() {
        Tensor[] d = new Tensor[parts.length];
        for (int p = 0; p < parts.length; p++) {
            d[p] = parts[p].detach();
        }
        return new State(d);
    }

    /**
     * {@code sum_i c_i x_i}, part by part, with one {@link Tensor#combine} per part. Terms whose
     * coefficient is zero are left out, so they cost nothing and stay off the tape.
     */
    static State combine(double[] c, State[] x) {
        int n = 0;
        for (double ci : c) {
            if (ci != 0.0) {
                n++;
            }
        }
        if (n == 1) {
            for (int i = 0; i < c.length; i++) {
                if (c[i] == 1.0) {
                    return x[i];
                }
            }
        }
        double[] cs = new double[Math.max(n, 1)];
        int[] idx = new int[cs.length];
        for (int i = 0, j = 0; i < c.length; i++) {
            if (c[i] != 0.0) {
                cs[j] = c[i];
                idx[j++] = i;
            }
        }
        if (n == 0) {
            cs[0] = 0.0;
        }
        int parts = x[idx[0]].parts.length;
        Tensor[] out = new Tensor[parts];
        Tensor[] terms = new Tensor[cs.length];
        for (int p = 0; p < parts; p++) {
            for (int j = 0; j < terms.length; j++) {
                terms[j] = x[idx[j]].parts[p];
            }
            out[p] = Tensor.combine(cs, terms);
        }
        return new State(out);
    }

    /** Whether both states have the same number of parts with the same shapes. */
    boolean sameShapeAs(State other) {
        if (other.parts.length != parts.length) {
            return false;
        }
        for (int p = 0; p < parts.length; p++) {
            if (!Arrays.equals(parts[p].shape(), other.parts[p].shape()) || parts[p].dtype() != other.parts[p].dtype()) {
                return false;
            }
        }
        return true;
    }

    /** The shapes and dtype, for error messages. */
    String describe() {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < parts.length; p++) {
            s.append(p == 0 ? "" : ", ").append(Arrays.toString(parts[p].shape()));
        }
        return (parts.length == 1 ? s.toString() : "(" + s + ")") + " " + dtype();
    }

    @Override
    public String toString() {
        return "State" + describe();
    }
}
