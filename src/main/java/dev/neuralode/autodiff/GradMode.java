package dev.neuralode.autodiff;

/**
 * Whether operations on this thread are recorded for differentiation. Recording is on by default;
 * {@link #disabled()} turns it off for a scope (PyTorch's {@code torch.no_grad()}), and
 * {@link #enabled()} turns it back on inside such a scope, as a backward pass with
 * {@code createGraph} does.
 */
public final class GradMode implements AutoCloseable {

    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    private final boolean previous;

    private GradMode(boolean enabled) {
        boolean[] flag = ENABLED.get();
        previous = flag[0];
        flag[0] = enabled;
    }

    /** A scope in which no operation is recorded: {@code try (var g = GradMode.disabled()) {...}}. */
    public static GradMode disabled() {
        return new GradMode(false);
    }

    /** A scope in which operations are recorded, even inside a disabled scope. */
    public static GradMode enabled() {
        return new GradMode(true);
    }

    /** Whether operations on this thread are currently recorded. */
    public static boolean isEnabled() {
        return ENABLED.get()[0];
    }

    @Override
    public void close() {
        ENABLED.get()[0] = previous;
    }
}
