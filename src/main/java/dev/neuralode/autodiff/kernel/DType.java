package dev.neuralode.autodiff.kernel;

/**
 * The element type of a tensor. float32 is the engine's working precision (PyTorch's default);
 * float64 serves gradient checks and reference comparisons.
 */
public enum DType {
    FLOAT32("float32", Float.BYTES),
    FLOAT64("float64", Double.BYTES);

    private final String label;
    private final int bytes;

    DType(String label, int bytes) {
        this.label = label;
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** Parses "float32"/"float"/"f4" or "float64"/"double"/"f8", as configs and flags spell them. */
    public static DType parse(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "float32", "float", "f4", "fp32" -> FLOAT32;
            case "float64", "double", "f8", "fp64" -> FLOAT64;
            default -> throw new IllegalArgumentException("unknown dtype '" + name + "'; use float32 or float64");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
