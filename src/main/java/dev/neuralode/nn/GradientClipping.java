package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.Collection;

/**
 * Gradient-norm clipping with PyTorch's {@code clip_grad_norm_} semantics: the total 2-norm
 * {@code N = sqrt(sum over every gradient element of g^2)} is computed over all gradients together;
 * when {@code c = maxNorm / (N + 1e-6)} is below 1 (the norm exceeds {@code maxNorm}, or is within
 * 1e-6 of it), every gradient is scaled by {@code c}.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Clips the gradients of {@code parameters} (those without a gradient are skipped).
     *
     * @return the total norm before clipping (which may be NaN or infinite; then nothing is scaled)
     */
    public static double clipGradNorm(Collection<Parameter> parameters, double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("maxNorm must be positive and finite, was " + maxNorm);
        }
        double sumOfSquares = 0;
        for (Parameter p : parameters) {
            Tensor g = p.grad();
            if (g != null) {
                for (double v : g.toDoubleArray()) {
                    sumOfSquares += v * v;
                }
            }
        }
        double total = Math.sqrt(sumOfSquares);
        double coefficient = maxNorm / (total + 1e-6);
        if (coefficient < 1) {
            for (Parameter p : parameters) {
                Tensor g = p.grad();
                if (g != null) {
                    p.setGrad(g.detach().mul(coefficient));
                }
            }
        }
        return total;
    }

    /** {@link #clipGradNorm(Collection, double)} over every parameter of a module. */
    public static double clipGradNorm(Module module, double maxNorm) {
        return clipGradNorm(module.parameters(), maxNorm);
    }
}
