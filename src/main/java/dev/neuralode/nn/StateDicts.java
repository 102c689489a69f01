package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Checks a state dict against a module's parameters and says everything that does not fit. */
final class StateDicts {

    private StateDicts() {
    }

    /**
     * @throws IllegalArgumentException naming each missing key, extra key and shape mismatch with the
     *                                  expected and actual shapes
     */
    static void requireMatch(Map<String, Parameter> expected, Map<String, Tensor> given) {
        List<String> problems = new ArrayList<>();
        expected.forEach((name, p) -> {
            Tensor v = given.get(name);
            if (v == null) {
                problems.add("missing key '" + name + "' (expected shape " + Arrays.toString(p.shape()) + ")");
            } else if (!Arrays.equals(v.shape(), p.shape())) {
                problems.add("key '" + name + "': expected shape " + Arrays.toString(p.shape())
                        + " but got " + Arrays.toString(v.shape()));
            }
        });
        given.forEach((name, v) -> {
            if (!expected.containsKey(name)) {
                problems.add("unexpected key '" + name + "' (shape " + Arrays.toString(v.shape())
                        + "): the module has no parameter of that name");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("state dict does not fit the module: " + String.join("; ", problems)
                    + ". The module's keys are " + expected.keySet());
        }
    }
}
