package dev.neuralode.autodiff.kernel;

/**
 * The values of one tensor, C-ordered and contiguous, in the memory of the {@link Kernels} that made
 * them: a Java array for the host kernels, an ND4J array (host or device memory) for the ND4J
 * kernels. A storage is never written after it is made, so tensors may share it.
 */
public interface Storage {

    DType dtype();

    /** Number of elements. */
    long length();

    /**
     * The values as float32 in C order. The host storage returns its own array, which callers must
     * not change; other storages return a copy.
     */
    float[] floats();

    /** The values as float64 in C order, always a fresh array. */
    double[] doubles();

    /**
     * This storage, or a copy when its memory belongs to a scope that will recycle it (a host
     * workspace), so that the result stays valid after that scope closes.
     */
    Storage keep();
}
