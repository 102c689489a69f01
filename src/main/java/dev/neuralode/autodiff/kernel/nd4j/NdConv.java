package dev.neuralode.autodiff.kernel.nd4j;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J kernels' convolution: ND4J's own im2col and col2im, and conv2d as im2col and one matrix
 * product, {@code y = W P + b} with {@code dx = col2im(W^T G)} and {@code dW = G P^T} (see
 * {@link dev.neuralode.autodiff.kernel.Kernels#conv2d}). On a GPU every array stays on the device.
 */
final class NdConv {

    /** The axes of {@code (C, kh, kw, N, OH, OW)} in ND4J's patch order {@code (N, C, kh, kw, OH, OW)}. */
    private static final int[] IMAGE_MAJOR = {3, 0, 1, 2, 4, 5};

    private NdConv() {
    }

    /**
     * The patch matrix {@code (C kh kw, N OH OW)} seen as ND4J's im2col array {@code (N, C, kh, kw, OH, OW)}:
     * reshaped to {@code (C, kh, kw, N, OH, OW)}, which shares its memory, then permuted, which only
     * reorders strides. ND4J's im2col and col2im address their patch array through its strides.
     */
    private static INDArray nd4jPatchView(INDArray patches, ConvGeometry g) {
        return patches.reshape('c', g.channels, g.kernelH, g.kernelW, g.batch, g.outH, g.outW).permute(IMAGE_MAJOR);
    }

    /** ND4J's im2col, writing straight into the engine's patch matrix through {@link #nd4jPatchView}: no copy. */
    static INDArray im2col(INDArray x, ConvGeometry g) {
        INDArray patches = NdArrays.create(x.dataType(), g.patchShape());
        Nd4j.exec(DynamicCustomOp.builder("im2col")
                .addInputs(x)
                .addOutputs(nd4jPatchView(patches, g))
                // kernel, stride, padding and dilation (height, width), then 0 for explicit padding
                .addIntegerArguments(g.kernelH, g.kernelW, g.stride, g.stride, g.padding, g.padding, 1, 1, 0)
                .build());
        return patches;
    }

    /** ND4J's col2im, the adjoint of its im2col (overlapping windows sum), reading the patch matrix through the same view. */
    static INDArray col2im(INDArray patches, ConvGeometry g) {
        INDArray image = Nd4j.zeros(patches.dataType(), g.imageShape());
        Nd4j.exec(DynamicCustomOp.builder("col2im")
                .addInputs(nd4jPatchView(patches, g))
                .addOutputs(image)
                // stride, padding, image size and dilation (height, width), then 0 for explicit padding
                .addIntegerArguments(g.stride, g.stride, g.padding, g.padding, g.height, g.width, 1, 1, 0)
                .build());
        return image;
    }

    /** y of shape (N, O, OH, OW) and the patch matrix. */
    static INDArray[] conv2d(INDArray x, INDArray w, INDArray bias, ConvGeometry g, int outChannels) {
        INDArray patches = im2col(x, g);
        INDArray product = w.reshape('c', outChannels, g.patchRows()).mmul(patches);
        if (bias != null) {
            product.addiColumnVector(bias.reshape(outChannels, 1));
        }
        return new INDArray[] {product.reshape('c', outChannels, g.batch, g.outH, g.outW).permute(1, 0, 2, 3).dup('c'), patches};
    }

    /** dx when {@code input} and dW when {@code weight}, else null. */
    static INDArray[] conv2dBackward(INDArray gy, INDArray patches, INDArray w, ConvGeometry g, int outChannels, boolean input,
                                     boolean weight) {
        INDArray grad = gy.permute(1, 0, 2, 3).dup('c').reshape('c', outChannels, (long) g.batch * g.positions());
        INDArray w2 = w.reshape('c', outChannels, g.patchRows());
        INDArray dx = input ? col2im(w2.transpose().mmul(grad), g) : null;
        INDArray dw = weight ? grad.mmul(patches.transpose()).reshape('c', w.shape()) : null;
        return new INDArray[] {dx, dw};
    }
}
