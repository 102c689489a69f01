package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

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
        long[] shape = matrices ? new long[] {n, m} : new long[] {sa[0], n, m};
        var k = a.kernels();
        return new MatMulOp(a, b, transA, transB).output(k.gemm(a.storage(), sa, transA, b.storage(k), sb, transB), shape);
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
