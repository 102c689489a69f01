package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix product {@code Y = A B}: {@code (n,k)@(k,m)}, or batched {@code (b,n,k)@(b,k,m)}.
 * Backward: {@code dA = G B^T}, {@code dB = A^T G} (transposing the last two axes).
 */
final class MatMulOp extends Op {

    private MatMulOp(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("matmul: dtypes " + a.dtype() + " and " + b.dtype()
                    + " differ; convert one with Tensor.to(DataType)");
        }
        long[] sa = a.shape();
        long[] sb = b.shape();
        boolean matrices = sa.length == 2 && sb.length == 2;
        boolean batched = sa.length == 3 && sb.length == 3 && sa[0] == sb[0];
        if (!(matrices || batched) || sa[sa.length - 1] != sb[sb.length - 2]) {
            throw new IllegalArgumentException("matmul: shapes " + Shapes.str(sa) + " and " + Shapes.str(sb)
                    + " do not multiply; need (n,k)@(k,m) or (b,n,k)@(b,k,m)");
        }
        INDArray y = matrices ? a.value().mmul(b.value()) : Nd4j.matmul(a.value(), b.value());
        return new MatMulOp(a, b).output(y);
    }

    @Override
    String name() {
        return "matmul";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {
            needs(0) ? g.matmul(inputs[1].transpose()) : null,
            needs(1) ? inputs[0].transpose().matmul(g) : null};
    }
}
