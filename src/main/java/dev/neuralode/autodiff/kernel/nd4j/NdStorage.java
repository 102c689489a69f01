package dev.neuralode.autodiff.kernel.nd4j;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Storage;
import java.nio.ByteOrder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** An ND4J array, C-ordered and contiguous, in host or device memory as the ND4J backend keeps it. */
final class NdStorage implements Storage {

    final INDArray array;

    NdStorage(INDArray array) {
        this.array = NdArrays.contiguous(array);
    }

    static DType dtypeOf(DataType d) {
        return switch (d) {
            case FLOAT -> DType.FLOAT32;
            case DOUBLE -> DType.FLOAT64;
            default -> throw new IllegalArgumentException("the engine computes in float32 or float64, not " + d);
        };
    }

    static DataType dataType(DType d) {
        return d == DType.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
    }

    @Override
    public DType dtype() {
        return dtypeOf(array.dataType());
    }

    @Override
    public long length() {
        return array.length();
    }

    /** A copy in bulk through NIO (element by element is several times slower for big arrays). */
    @Override
    public float[] floats() {
        INDArray c = array.dataType() == DataType.FLOAT ? array : array.castTo(DataType.FLOAT);
        float[] h = new float[(int) c.length()];
        c.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().get(h);
        Nd4jRuntime.countCopy();
        return h;
    }

    @Override
    public double[] doubles() {
        INDArray c = array.dataType() == DataType.DOUBLE ? array : array.castTo(DataType.DOUBLE);
        double[] h = new double[(int) c.length()];
        c.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer().get(h);
        Nd4jRuntime.countCopy();
        return h;
    }

    @Override
    public Storage keep() {
        return this;
    }
}
