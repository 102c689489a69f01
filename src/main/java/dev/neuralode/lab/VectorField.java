package dev.neuralode.lab;

import dev.neuralode.autodiff.CustomOp;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;

/**
 * The right-hand side {@code f(z; theta)} of an {@link AdjointProblem} on plain float64 arrays, with
 * its vector-Jacobian products written out, so that one evaluation on the tape is one op. Why: float64
 * tensors run on the ND4J kernels, where each op costs tens of microseconds; building f from a dozen
 * scalar tensor ops made a horizon sweep take minutes, and the adjoint's backward solve evaluates
 * {@code a^T df/dz} and {@code a^T df/dtheta} at every stage (Chen et al., 2018, Algorithm 1).
 */
interface VectorField {

    /** Writes {@code f(z; theta)} into {@code out}. */
    void f(double[] z, double[] theta, double[] out);

    /** Writes {@code a^T df/dz} into {@code dz} and {@code a^T df/dtheta} into {@code dtheta} (both zeroed). */
    void vjp(double[] z, double[] theta, double[] a, double[] dz, double[] dtheta);

    /**
     * f as a tensor op: inputs z (shape (n)) and one (1)-shaped tensor per parameter, output f (n).
     * Its backward is first order: a backward pass that records a graph (gradients of gradients) is refused.
     */
    static Tensor apply(VectorField field, Tensor z, Tensor[] theta) {
        Tensor[] inputs = new Tensor[theta.length + 1];
        inputs[0] = z;
        System.arraycopy(theta, 0, inputs, 1, theta.length);
        return new CustomOp("lab_vector_field") {
            @Override
            protected Tensor forward(Tensor[] in) {
                double[] out = new double[(int) in[0].length()];
                field.f(in[0].toDoubleArray(), values(in), out);
                return Tensor.fromValues(out, DType.FLOAT64, out.length);
            }

            @Override
            protected Tensor[] backward(Tensor[] in, Tensor output, Tensor grad) {
                if (GradMode.isEnabled()) {
                    throw new UnsupportedOperationException("the lab's vector fields give first-order gradients only");
                }
                double[] dz = new double[(int) in[0].length()];
                double[] dtheta = new double[in.length - 1];
                field.vjp(in[0].toDoubleArray(), values(in), grad.toDoubleArray(), dz, dtheta);
                Tensor[] g = new Tensor[in.length];
                g[0] = Tensor.fromValues(dz, DType.FLOAT64, dz.length);
                for (int k = 1; k < in.length; k++) {
                    g[k] = Tensor.fromValues(new double[] {dtheta[k - 1]}, DType.FLOAT64, 1);
                }
                return g;
            }
        }.apply(inputs);
    }

    private static double[] values(Tensor[] in) {
        double[] theta = new double[in.length - 1];
        for (int k = 1; k < in.length; k++) {
            theta[k - 1] = in[k].item();
        }
        return theta;
    }
}
