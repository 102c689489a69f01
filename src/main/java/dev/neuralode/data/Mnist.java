package dev.neuralode.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The MNIST database of handwritten digits (Y. LeCun, C. Cortes, C. J. C. Burges,
 * http://yann.lecun.com/exdb/mnist/): 60,000 training and 10,000 test images of 28 x 28 pixels,
 * read from the four gzipped IDX files shipped in {@code datasets/mnist} (provenance, licence and
 * checksums in {@code datasets/README.md}). Nothing is downloaded.
 *
 * <p>{@link #load} trusts nothing it has not checked: every file's SHA-256 must be the shipped
 * one before it is decompressed, and the decompressed content must have the IDX magic numbers,
 * counts, image size, byte count and label range of MNIST (see {@link MnistFile} for the format).
 * Any failure is one {@link DataFileException} naming the file and the fix; nothing is
 * half-loaded.
 */
public final class Mnist {

    /** Where the files are, relative to the project directory (the working directory of a normal run). */
    public static final Path DEFAULT_DIRECTORY = Path.of("datasets", "mnist");

    /** Training images held out for validation, as in the usual 55,000 / 5,000 split. */
    public static final int VALIDATION_IMAGES = 5_000;

    private final MnistImages train;
    private final MnistImages test;

    private Mnist(MnistImages train, MnistImages test) {
        this.train = train;
        this.test = test;
    }

    /**
     * Reads and checks the four MNIST files in {@code directory} (usually {@link #DEFAULT_DIRECTORY}).
     *
     * @throws DataFileException when a file is missing, unreadable, has another SHA-256 than the
     *                           shipped one, or does not hold what MNIST holds
     */
    public static Mnist load(Path directory) throws DataFileException {
        Map<MnistFile, String> shipped = new EnumMap<>(MnistFile.class);
        for (MnistFile f : MnistFile.values()) {
            shipped.put(f, f.sha256());
        }
        return load(directory, shipped);
    }

    /**
     * {@link #load(Path)} with other expected hashes, so that tests can hand it altered files and
     * reach the checks behind the SHA-256.
     */
    static Mnist load(Path directory, Map<MnistFile, String> expectedSha256) throws DataFileException {
        Objects.requireNonNull(directory, "directory");
        checkAllPresent(directory);
        Map<MnistFile, byte[]> content = new EnumMap<>(MnistFile.class);
        for (MnistFile f : MnistFile.values()) {
            content.put(f, MnistFileReader.read(directory.resolve(f.fileName()), f, expectedSha256.get(f)));
        }
        return new Mnist(new MnistImages(content.get(MnistFile.TRAIN_IMAGES), content.get(MnistFile.TRAIN_LABELS)),
                new MnistImages(content.get(MnistFile.TEST_IMAGES), content.get(MnistFile.TEST_LABELS)));
    }

    /** Fails before anything is read when a file is absent: the likely cause is the working directory. */
    private static void checkAllPresent(Path directory) throws DataFileException {
        List<MnistFile> missing = new ArrayList<>();
        for (MnistFile f : MnistFile.values()) {
            if (!Files.isRegularFile(directory.resolve(f.fileName()))) {
                missing.add(f);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String others = missing.size() == 1 ? ""
                : " (nor are " + missing.subList(1, missing.size()).stream().map(MnistFile::fileName)
                        .collect(Collectors.joining(", ")) + ")";
        throw new DataFileException(directory.resolve(missing.get(0).fileName()), 0,
                "not found in " + directory.toAbsolutePath().normalize() + others
                        + "; run the program from the project directory, which holds datasets/mnist, or pass --data DIR"
                        + " with the directory that holds the four MNIST .gz files");
    }

    /** The 60,000 training images. */
    public MnistImages train() {
        return train;
    }

    /** The 10,000 test images. */
    public MnistImages test() {
        return test;
    }
}
