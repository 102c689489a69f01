package dev.neuralode.ui.classifier;

import dev.neuralode.train.MnistSession;
import dev.neuralode.ui.common.TrainingHandle;

/**
 * A live MNIST session and its generation. Only the engine thread steps it; the other threads read
 * its model between iterations ({@link MnistSession#withModel}, frozen copies), which waits for the
 * iteration in progress.
 */
public record ClassifierHandle(long generation, MnistSession session) implements TrainingHandle {
}
