package dev.neuralode.train;

import dev.neuralode.model.odenet.MnistClassifier;
import java.util.function.Function;

/**
 * A classifier that can be read without recording gradients: a live {@link MnistSession} (reads wait
 * for the iteration in progress) or a {@link FrozenClassifier} (reads never hold training up).
 */
public interface ReadableClassifier {

    /**
     * Runs {@code reading} on the model, without recording gradients. Tensors made inside are released
     * when it returns: it must return plain values.
     */
    <T> T withModel(Function<MnistClassifier, T> reading);
}
