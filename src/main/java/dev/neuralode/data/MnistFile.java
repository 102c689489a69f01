package dev.neuralode.data;

/**
 * The four MNIST files shipped in {@code datasets/mnist}, with what each must hold. The SHA-256
 * values are those of our own {@code gzip -9 -n} of the raw IDX files (see
 * {@code datasets/README.md}), not of the {@code .gz} files on the MNIST page, whose bytes differ.
 *
 * <p>IDX headers, as described under "THE IDX FILE FORMAT" on the MNIST page
 * (http://yann.lecun.com/exdb/mnist/): a 32-bit magic number whose first two bytes are 0, whose
 * third is the element type (0x08: unsigned byte) and whose fourth is the number of dimensions,
 * then one 32-bit size per dimension, all big-endian; then the elements in row-major order.
 */
enum MnistFile {

    // The order of reading: small files first, so that a damaged label file or test set fails
    // before the 47 MB of training images are hashed and decompressed.
    TRAIN_LABELS("train-labels-idx1-ubyte.gz", "1787548bbe0bff1ec2ecdc0ef292b02df999e2d1a6002d27500982c652b17203",
            false, 60_000, "training"),
    TEST_LABELS("t10k-labels-idx1-ubyte.gz", "b91679a0acfe4ba0e50a2437a903084cba1f5f92592b016a25a7dfd00455798b",
            false, 10_000, "test"),
    TEST_IMAGES("t10k-images-idx3-ubyte.gz", "1a1a05eab793c14bb050b398624a11b0ffd1a2953baed553b1b9bd079e2a20be",
            true, 10_000, "test"),
    TRAIN_IMAGES("train-images-idx3-ubyte.gz", "0b367032e93c5d0cea0925647cfdb18614af8ee15f83e6f2fc2ad904a6835971",
            true, 60_000, "training");

    /** IDX magic of a 3-dimensional array of unsigned bytes: {@code count x 28 x 28} images. */
    static final int IMAGES_MAGIC = 0x00000803;
    /** IDX magic of a 1-dimensional array of unsigned bytes: {@code count} labels. */
    static final int LABELS_MAGIC = 0x00000801;
    static final int ROWS = 28;
    static final int COLUMNS = 28;

    private final String fileName;
    private final String sha256;
    private final boolean images;
    private final int count;
    private final String set;

    MnistFile(String fileName, String sha256, boolean images, int count, String set) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.images = images;
        this.count = count;
        this.set = set;
    }

    String fileName() {
        return fileName;
    }

    /** The lowercase hex SHA-256 of the shipped {@code .gz} file. */
    String sha256() {
        return sha256;
    }

    boolean images() {
        return images;
    }

    /** How many images or labels the file holds. */
    int count() {
        return count;
    }

    /** "training" or "test", for messages. */
    String set() {
        return set;
    }

    int magic() {
        return images ? IMAGES_MAGIC : LABELS_MAGIC;
    }

    /** Bytes of the IDX header: the magic and one size per dimension, 4 bytes each. */
    int headerBytes() {
        return images ? 16 : 8;
    }

    /** Bytes after the header: one per label, or 784 per image. */
    int bodyBytes() {
        return images ? count * ROWS * COLUMNS : count;
    }

    /** The exact size of the decompressed IDX file. */
    long rawBytes() {
        return (long) headerBytes() + bodyBytes();
    }

    /**
     * The largest a gzip of {@link #rawBytes()} can be even when nothing compresses: deflate's stored
     * blocks add 5 bytes per 65,535, and the gzip header and trailer a few more (the slack leaves room
     * for a stored file name or comment). Anything larger is refused before it is read into memory.
     */
    long maxCompressedBytes() {
        return rawBytes() + rawBytes() / 1000 + 4096;
    }
}
