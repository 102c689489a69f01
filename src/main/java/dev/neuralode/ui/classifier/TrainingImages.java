package dev.neuralode.ui.classifier;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.Mnist;
import dev.neuralode.data.MnistImages;
import java.nio.file.Path;

/**
 * The 60,000 MNIST training images, read and checked once, on first use, on whichever thread first
 * needs them (the engine's, when the first model is built): reading takes a second or two, so the
 * window opens without waiting for it.
 */
final class TrainingImages {

    private final Path directory;
    private MnistImages images;

    TrainingImages(Path directory) {
        this.directory = directory;
    }

    /** @throws DataFileException naming the file and the fix when the shipped files are missing or damaged */
    synchronized MnistImages get() throws DataFileException {
        if (images == null) {
            images = Mnist.load(directory).train();
        }
        return images;
    }
}
