package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix product {@code Y = op(A) op(B)}, where {@code op} optionally transposes the last two axes:
 * {@code (n,k)@(k,m)}, or batched {@code (b,n,k)@(b,k,m)}. Transposes are flags, not copies
 * (a Linear layer is {@code x W^T}). Backward, for {@code Y = A B}: {@code dA = G B^T},
 * {@code dB = A^T G}; the transposed variants follow by the same rule and again need no copies.
 */
final class MatMulOp extends Op {

    private final boolean transA;
    private final boolean transB;

    private MatMulOp(Tensor a, Tensor b, boolean transA, boolean transB) {
        super(a, b);
        this.transA = transA;
        this.transB = transB;
    }

    static Tensor apply(Tensor a, Tensor b, boolean transA, boolean transB) {
        BinaryOp.requireSameDtype("matmul", a, b);
        long[] sa = a.shape();
        long[] sb = b.shape();
        int r = sa.length;
        boolean matrices = r == 2 && sb.length == 2;
        boolean batched = r == 3 && sb.length == 3 && sa[0] == sb[0];
        long n = transA ? sa[r - 1] : sa[r - 2];
        long ka = transA ? sa[r - 2] : sa[r - 1];
        long kb = !(matrices || batched) ? -1 : transB ? sb[r - 1] : sb[r - 2];
        long m = !(matrices || batched) ? -1 : transB ? sb[r - 2] : sb[r - 1];
        if (!(matrices || batched) || ka != kb) {
            throw new IllegalArgumentException("matmul: shapes " + Shapes.str(sa) + (transA ? "^T" : "") + " and "
                    + Shapes.str(sb) + (transB ? "^T" : "") + " do not multiply; need (n,k)@(k,m) or (b,n,k)@(b,k,m)");
        }
        MatMulOp op = new MatMulOp(a, b, transA, transB);
        if (matrices && Host.use(a, b)) {
            return op.output(Blas.gemm(a.host(), transA, b.host(), transB, (int) n, (int) ka, (int) m), new long[] {n, m});
        }
        INDArray av = transA ? a.value().swapAxes(r - 2, r - 1) : a.value();
        INDArray bv = transB ? b.value().swapAxes(r - 2, r - 1) : b.value();
        return op.output(matrices ? av.mmul(bv) : Nd4j.matmul(av.dup('c'), bv.dup('c')));
    }

    @Override
    String name() {
        return "matmul";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor a = inputs[0];
        Tensor b = inputs[1];
        Tensor ga = null;
        Tensor gb = null;
        if (needs(0)) {
            ga = transA ? apply(b, g, transB, true) : apply(g, b, false, !transB);
        }
        if (needs(1)) {
            gb = transB ? apply(g, a, true, transA) : apply(a, g, !transA, false);
        }
        return new Tensor[] {ga, gb};
    }
}
