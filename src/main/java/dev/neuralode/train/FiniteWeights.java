package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import java.util.Map;

/**
 * Refuses weights that hold NaN or infinity, naming the first such entry: they come from a run that
 * diverged or from a damaged file, and would otherwise make every solve fail as if the training
 * settings were wrong.
 */
final class FiniteWeights {

    private FiniteWeights() {
    }

    /**
     * @param whose what the weights are, to begin the message ("the imported weights")
     * @param fix   what to do instead, to end it
     * @throws IllegalArgumentException naming the entry, how many of its values are not finite, and the fix
     */
    static void require(Map<String, Tensor> weights, String whose, String fix) {
        for (Map.Entry<String, Tensor> e : weights.entrySet()) {
            long bad = java.util.Arrays.stream(e.getValue().toDoubleArray()).filter(v -> !Double.isFinite(v)).count();
            if (bad > 0) {
                throw new IllegalArgumentException(whose + " are not finite: " + e.getKey() + " holds " + bad + " NaN or infinite values of "
                        + e.getValue().length() + "; " + fix);
            }
        }
    }
}
