package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Storage;

/** float32 values in a Java array, owned by the {@link HostScope} that lent the array, if any. */
final class HostStorage implements Storage {

    private final float[] values;
    private final HostScope owner;

    HostStorage(float[] values, HostScope owner) {
        this.values = values;
        this.owner = owner;
    }

    /** Storage over an array made by a kernel just now, owned by the scope open on this thread. */
    static HostStorage made(float[] values) {
        return new HostStorage(values, HostScope.current());
    }

    @Override
    public DType dtype() {
        return DType.FLOAT32;
    }

    @Override
    public long length() {
        return values.length;
    }

    /** The array itself, refusing one that a closed scope may have recycled. */
    @Override
    public float[] floats() {
        if (owner != null && !owner.isOpen()) {
            throw new IllegalStateException("this tensor of " + values.length + " values was computed in a Workspace that has"
                    + " closed, so its memory may be reused; take what you need out with Workspace.keep(t) before closing");
        }
        return values;
    }

    @Override
    public double[] doubles() {
        float[] v = floats();
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    @Override
    public Storage keep() {
        return owner == null ? this : new HostStorage(floats().clone(), null);
    }
}
