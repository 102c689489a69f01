package dev.neuralode.autodiff;

import static dev.neuralode.autodiff.GradCheck.awayFromZero;
import static dev.neuralode.autodiff.GradCheck.uniform;

import dev.neuralode.autodiff.kernel.DType;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every primitive op: first- and second-order finite-difference checks in float64, with broadcasting cases. */
class OpGradientTest {

    private static final Random RNG = new Random(42);

    private static Arguments op(String name, Function<Tensor[], Tensor> f, Tensor... inputs) {
        return Arguments.of(name, f, inputs);
    }

    private static Tensor u(long... shape) {
        return uniform(RNG, -1.5, 1.5, shape);
    }

    private static Tensor positive(long... shape) {
        return uniform(RNG, 0.3, 2.0, shape);
    }

    private static Tensor away(long... shape) {
        return awayFromZero(RNG, 0.1, 1.5, shape);
    }

    static Stream<Arguments> ops() {
        Tensor mask = Tensor.fromValues(new double[] {1, 0, 0, 1, 1, 0}, DType.FLOAT64, 2, 3);
        return Stream.of(
                op("add", x -> x[0].add(x[1]), u(3, 4), u(3, 4)),
                op("add broadcast row", x -> x[0].add(x[1]), u(3, 4), u(4)),
                op("add broadcast outer", x -> x[0].add(x[1]), u(3, 1), u(1, 4)),
                op("add rank-0", x -> x[0].add(x[1]), u(), u(2, 3)),
                op("sub broadcast", x -> x[0].sub(x[1]), u(2, 1, 3), u(4, 1)),
                op("mul", x -> x[0].mul(x[1]), u(3, 4), u(3, 4)),
                op("mul broadcast", x -> x[0].mul(x[1]), u(3, 4), u(3, 1)),
                op("mul self", x -> x[0].mul(x[0]), u(5)),
                op("div", x -> x[0].div(x[1]), u(3, 4), positive(3, 4)),
                op("div broadcast", x -> x[0].div(x[1]), u(3, 4), positive(4)),
                op("neg", x -> x[0].neg(), u(3, 2)),
                op("affine", x -> x[0].affine(-2.5, 0.7), u(3, 2)),
                op("add scalar", x -> x[0].add(3.0), u(4)),
                op("mul scalar", x -> x[0].mul(-0.5), u(4)),
                op("rsub", x -> x[0].rsub(1.0).mul(x[0]), u(4)),
                op("combine", x -> Tensor.combine(new double[] {0.5, -2.0, 0.0, 1.5}, x[0], x[1], x[2], x[0].square()), u(3, 2), u(3, 2), u(3, 2)),
                op("matmul", x -> x[0].matmul(x[1]), u(3, 4), u(4, 2)),
                op("matmulNT", x -> x[0].matmulNT(x[1]), u(3, 4), u(2, 4)),
                op("matmulTN", x -> x[0].matmulTN(x[1]), u(4, 3), u(4, 2)),
                op("matmul transposed twice", x -> x[0].transpose().matmulNT(x[1]), u(4, 3), u(2, 4)),
                op("matmul batched", x -> x[0].matmul(x[1]), u(2, 3, 4), u(2, 4, 2)),
                op("matmul square", x -> x[0].matmul(x[0]), u(3, 3)),
                op("transpose", x -> x[0].transpose().mul(x[1]), u(3, 4), u(4, 3)),
                op("permute", x -> x[0].permute(2, 0, 1).mul(x[0].permute(2, 0, 1)), u(2, 3, 4)),
                op("reshape", x -> x[0].reshape(2, -1).square(), u(3, 4)),
                op("slice", x -> x[0].slice(1, 1, 3).square(), u(3, 4)),
                op("slice axis 0", x -> x[0].slice(0, 0, 2).mul(x[0].slice(0, 1, 3)), u(3, 4)),
                op("select columns with repeats", x -> x[0].selectColumns(2, 0, 2).square(), u(3, 4)),
                op("select rows", x -> x[0].select(0, 1).exp(), u(3, 4)),
                op("concat", x -> Tensor.concat(1, x[0], x[1].square(), x[0]), u(3, 2), u(3, 1)),
                op("stack", x -> Tensor.stack(0, x[0], x[1]).square(), u(3, 2), u(3, 2)),
                op("stack last axis", x -> Tensor.stack(-1, x[0].exp(), x[1]), u(3, 2), u(3, 2)),
                op("sum all", x -> x[0].square().sum(), u(3, 4)),
                op("sum axis keepdims", x -> x[0].sum(true, 1).mul(x[0]), u(3, 4)),
                op("sum axes", x -> x[0].sum(false, 0, 2).square(), u(2, 3, 4)),
                op("mean", x -> x[0].mean(true, 0).mul(x[0]), u(3, 4)),
                op("broadcastTo", x -> x[0].broadcastTo(3, 2, 4).square(), u(2, 1)),
                op("sumTo", x -> x[0].square().sumTo(1, 4), u(2, 3, 4)),
                op("pow 3", x -> x[0].pow(3.0), u(3, 2)),
                op("pow 0.5", x -> x[0].pow(0.5), positive(3, 2)),
                op("pow -1.5", x -> x[0].pow(-1.5), positive(3, 2)),
                op("square", x -> x[0].square(), u(3, 2)),
                op("exp", x -> x[0].exp(), u(3, 2)),
                op("log", x -> x[0].log(), positive(3, 2)),
                op("sqrt", x -> x[0].sqrt(), positive(3, 2)),
                op("abs", x -> x[0].abs().mul(x[0]), away(3, 2)),
                op("tanh", x -> x[0].tanh(), u(3, 4)),
                op("sigmoid", x -> x[0].sigmoid(), u(3, 4)),
                op("softplus", x -> x[0].softplus(), u(3, 4)),
                op("softplus large", x -> x[0].mul(20.0).softplus(), u(3, 4)),
                op("relu", x -> x[0].relu().mul(x[0]), away(3, 4)),
                op("elu", x -> x[0].elu(0.7).mul(x[0]), away(3, 4)),
                op("elu alpha 1 (fused backward)", x -> x[0].elu(1.0).mul(x[0]), away(3, 4)),
                op("silu", x -> x[0].silu(), u(3, 4)),
                op("logsumexp keepdims", x -> x[0].logSumExp(1, true).mul(x[0]), u(3, 4)),
                op("logsumexp", x -> x[0].mul(30.0).logSumExp(0, false), u(3, 4)),
                op("where", x -> Tensor.where(mask, x[0].exp(), x[1].square()), u(2, 3), u(2, 3)),
                op("where broadcast", x -> Tensor.where(mask, x[0].tanh(), x[1]), u(3), u(2, 1)),
                op("linear", x -> x[0].linear(x[1], x[2]), u(5, 3), u(4, 3), u(4)),
                op("linear without bias", x -> x[0].linear(x[1], null).tanh(), u(5, 3), u(4, 3)),
                op("linear+tanh fused", x -> x[0].linearTanh(x[1], x[2]).mul(x[0].linearTanh(x[1], x[2])), u(5, 3), u(4, 3), u(4)),
                op("linear+sigmoid fused", x -> x[0].linearSigmoid(x[1], null).square(), u(5, 3), u(4, 3)),
                op("linear+elu fused", x -> x[0].linearElu(x[1], x[2]).mul(x[0].linearElu(x[1], x[2])), u(5, 3), u(4, 3), u(4)),
                op("fused elu equals composed", x -> x[0].linearElu(x[1], x[2]).sub(x[0].linear(x[1], x[2]).elu(1.0)), u(5, 3), u(4, 3), u(4)),
                op("fused equals composed", x -> x[0].linearTanh(x[1], x[2]).sub(x[0].linear(x[1], x[2]).tanh()), u(5, 3), u(4, 3), u(4)),
                op("tanh twice (tanh backward of backward)", x -> x[0].tanh().mul(x[1]).tanh(), u(3, 4), u(3, 4)),
                op("sigmoid product", x -> x[0].sigmoid().mul(x[1].sigmoid()), u(3, 4), u(3, 4)),
                op("tanh MLP", x -> x[0].matmul(x[1]).add(x[2]).tanh().matmul(x[3]), u(5, 2), u(2, 4), u(4), u(4, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void gradientsMatchFiniteDifferencesAtFirstAndSecondOrder(String name, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        GradCheck.check(name, f, inputs);
    }
}
