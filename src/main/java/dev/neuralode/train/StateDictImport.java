package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renames a PyTorch state dict to this program's parameter names so that {@code loadStateDict}
 * (which checks every key and shape, naming the culprit) can take it:
 * <ul>
 *   <li>torchdiffeq's {@code examples/cnf.py}: {@code hyper_net.fc1.weight, ...} (with any module
 *       prefix) become {@code net.hyper_net.fc1.weight, ...};</li>
 *   <li>FFJORD's toy CNF: {@code chain.0.odefunc.odefunc.diffeq.layers.0._layer.weight, ...} become
 *       {@code net.layers.0._layer.weight, ...}, {@code chain.0.sqrt_end_time} (a 0-d tensor)
 *       becomes the one-element {@code sqrt_end_time}, and the buffer
 *       {@code chain.0.odefunc.odefunc._num_evals} is dropped.</li>
 * </ul>
 * Keys that fit neither pattern are kept as they are, so that the strict load reports them.
 */
public final class StateDictImport {

    private StateDictImport() {
    }

    /**
     * The state dict under the engine's names.
     *
     * @throws IllegalArgumentException naming the first entry that holds NaN or infinity: such weights
     *     come from a run that diverged or a damaged file, and would make every solve fail as if the
     *     training settings were wrong
     */
    public static Map<String, Tensor> forCnf(Map<String, Tensor> pytorch) {
        FiniteWeights.require(pytorch, "the imported weights", "the model they come from diverged or the file is damaged:"
                + " export the weights of a model that trained well");
        Map<String, Tensor> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : pytorch.entrySet()) {
            if (isBookkeeping(e.getKey())) {
                continue;
            }
            Tensor value = e.getValue();
            // PyTorch keeps a scalar parameter (FFJORD's sqrt_end_time) as a 0-d tensor; the engine as one element.
            renamed.put(rename(e.getKey()), value.rank() == 0 ? value.reshape(1) : value);
        }
        return renamed;
    }

    /**
     * FFJORD's count of function evaluations ({@code ODEfunc._num_evals}), a buffer saved with the
     * weights that no model here has; it is dropped by name, while any other unknown key still
     * reaches the strict load and is refused there.
     */
    static boolean isBookkeeping(String key) {
        return key.equals("_num_evals") || key.endsWith("._num_evals");
    }

    static String rename(String key) {
        int hyper = key.indexOf("hyper_net.");
        if (hyper >= 0) {
            return "net." + key.substring(hyper);
        }
        int diffeq = key.indexOf("diffeq.layers.");
        if (diffeq >= 0) {
            return "net." + key.substring(diffeq + "diffeq.".length());
        }
        if (key.endsWith("sqrt_end_time")) {
            return "sqrt_end_time";
        }
        return key;
    }
}
