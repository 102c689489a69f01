package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.io.UnpackBudget;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format, versions 1 to 3 (NumPy's {@code numpy/lib/format.py}
 * documentation): the magic {@code \x93NUMPY}, a version, a header length, a Python dict literal
 * with {@code descr}, {@code fortran_order} and {@code shape}, then the raw elements.
 *
 * <p>Written here rather than taken from ND4J because ND4J 1.0.0-M2.1 reads Fortran-ordered files
 * (which NumPy writes for transposed arrays) with their elements scrambled, and so that no ND4J type
 * leaves the engine's kernels. Integer arrays are read as float64 tensors, which hold every int32
 * exactly (and int64 up to 2^53).
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** Reads one {@code .npy} file (see {@link #read(byte[], String)}), refusing one larger than an archive entry may be. */
    public static Tensor read(java.io.InputStream in, String name) throws java.io.IOException {
        return read(new UnpackBudget(name).read(in, name), name);
    }

    /**
     * Parses one {@code .npy} file.
     *
     * @param name the entry or file name, for error messages
     * @throws IllegalArgumentException naming the entry when the bytes are not a supported array
     */
    static Tensor read(byte[] bytes, String name) {
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new IllegalArgumentException(name + " is not a NumPy .npy array (the magic bytes are missing)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        int headerLength = major == 1 ? Short.toUnsignedInt(in.getShort(8)) : in.getInt(8);
        int headerStart = major == 1 ? 10 : 12;
        if (major < 1 || major > 3 || headerLength < 0 || headerStart + headerLength > bytes.length) {
            throw new IllegalArgumentException(name + ": unsupported or damaged .npy header (version " + major + ")");
        }
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.UTF_8);
        String descr = field(DESCR, header, name);
        boolean fortran = field(FORTRAN, header, name).equals("True");
        long[] shape = parseShape(field(SHAPE, header, name), name);
        ElementType type = ElementType.of(descr, name);
        long count = elements(shape, name);
        int dataStart = headerStart + headerLength;
        if (bytes.length - dataStart != count * type.size) {
            throw new IllegalArgumentException(name + ": holds " + (bytes.length - dataStart) + " data bytes, "
                    + count * type.size + " expected for shape " + Arrays.toString(shape) + " of " + descr
                    + ": the file is damaged or its header is wrong");
        }
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, bytes.length - dataStart).slice().order(order);
        double[] values = type.decode(data, (int) count);
        Tensor flat = Tensor.fromValues(values, type == ElementType.F4 ? DType.FLOAT32 : DType.FLOAT64, count);
        return arrange(flat, shape, fortran);
    }

    /** Encodes a float32 or float64 tensor as a version-1.0 {@code .npy} file in C order. */
    static byte[] write(Tensor x, String name) {
        ElementType type = x.dtype() == DType.FLOAT32 ? ElementType.F4 : ElementType.F8;
        String shape = Arrays.stream(x.shape()).mapToObj(Long::toString)
                .reduce((a, b) -> a + ", " + b).map(s -> x.rank() == 1 ? s + "," : s).orElse("");
        StringBuilder header = new StringBuilder("{'descr': '" + type.descr() + "', 'fortran_order': False, 'shape': (" + shape + "), }");
        // NumPy pads the header with spaces so that the data starts on a 64-byte boundary.
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        byte[] head = header.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] body = type.encode(x);
        ByteBuffer out = ByteBuffer.allocate(10 + head.length + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) head.length).put(head).put(body);
        return out.array();
    }

    private static String field(Pattern pattern, String header, String name) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException(name + ": the .npy header has no " + pattern.pattern().split("'")[1] + ": " + header.trim());
        }
        return m.group(1);
    }

    private static long[] parseShape(String tuple, String name) {
        try {
            long[] shape = Arrays.stream(tuple.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToLong(s -> Long.parseLong(s.endsWith("L") ? s.substring(0, s.length() - 1) : s)).toArray();
            for (long d : shape) {
                if (d < 0) {
                    throw new IllegalArgumentException(name + ": the .npy shape (" + tuple + ") has a negative dimension;"
                            + " the file is damaged");
                }
            }
            return shape;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": the .npy shape (" + tuple + ") is not a tuple of whole numbers;"
                    + " the file is damaged", e);
        }
    }

    /** The number of elements of a shape, refused when it does not fit a Java array. */
    private static long elements(long[] shape, String name) {
        long count = 1;
        try {
            for (long d : shape) {
                count = Math.multiplyExact(count, d);
            }
        } catch (ArithmeticException overflow) {
            count = Long.MAX_VALUE;
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " holds more than " + (Integer.MAX_VALUE - 8)
                    + " elements, more than this program can hold; the file is damaged or not an array this program can read");
        }
        return count;
    }

    /** The flat elements placed into a C-ordered tensor of the shape. */
    private static Tensor arrange(Tensor flat, long[] shape, boolean fortran) {
        if (!fortran || shape.length < 2) {
            return flat.reshape(shape);
        }
        // Fortran order lists the first axis fastest: that is C order of the reversed shape, transposed.
        long[] reversed = new long[shape.length];
        int[] back = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            reversed[i] = shape[shape.length - 1 - i];
            back[i] = shape.length - 1 - i;
        }
        return flat.reshape(reversed).permute(back);
    }

    /** The element types a state dict or an optimizer checkpoint needs. */
    private enum ElementType {
        F4("f4", 4), F8("f8", 8), I4("i4", 4), I8("i8", 8);

        final String code;
        final int size;

        ElementType(String code, int size) {
            this.code = code;
            this.size = size;
        }

        /** The type of a descr such as {@code <f4}; the byte order is read separately. */
        static ElementType of(String descr, String name) {
            char endian = descr.isEmpty() ? '?' : descr.charAt(0);
            String code = descr.length() > 1 ? descr.substring(1) : descr;
            for (ElementType t : values()) {
                if (t.code.equals(code) && (endian == '<' || endian == '>' || endian == '=')) {
                    return t;
                }
            }
            throw new IllegalArgumentException(name + ": element type '" + descr
                    + "' is not supported; save float32 or float64 arrays (or int32/int64)");
        }

        /** The little-endian descr this writer uses. */
        String descr() {
            return "<" + code;
        }

        /** The elements as doubles, which hold every float32, float64 and int32 exactly. */
        double[] decode(ByteBuffer data, int count) {
            double[] v = new double[count];
            switch (this) {
                case F4 -> {
                    var b = data.asFloatBuffer();
                    for (int i = 0; i < count; i++) {
                        v[i] = b.get(i);
                    }
                }
                case F8 -> data.asDoubleBuffer().get(v);
                case I4 -> {
                    var b = data.asIntBuffer();
                    for (int i = 0; i < count; i++) {
                        v[i] = b.get(i);
                    }
                }
                default -> {
                    var b = data.asLongBuffer();
                    for (int i = 0; i < count; i++) {
                        v[i] = b.get(i);
                    }
                }
            }
            return v;
        }

        byte[] encode(Tensor c) {
            ByteBuffer out = ByteBuffer.allocate((int) c.length() * size).order(ByteOrder.LITTLE_ENDIAN);
            if (this == F4) {
                out.asFloatBuffer().put(c.toFloatArray());
            } else {
                out.asDoubleBuffer().put(c.toDoubleArray());
            }
            return out.array();
        }
    }
}
