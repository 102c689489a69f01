package dev.neuralode.autodiff.kernel;

/**
 * The element type of a tensor. float32 is the engine's working precision (PyTorch's default);
 * float64 serves gradient checks and reference comparisons.
 */
public enum DType {
    FLOAT32("float32"),
    FLOAT64("float64");

    private final String label;

    DType(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
