package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the MNIST commands: where the four IDX files are. */
final class MnistData {

    @Option(names = "--data", paramLabel = "DIR",
            description = "the MNIST files (default: datasets/mnist in the project directory)")
    private Path directory;

    /** Reads and verifies the four files. */
    Mnist load() throws Exception {
        return Mnist.load(directory != null ? directory : Mnist.DEFAULT_DIRECTORY);
    }
}
