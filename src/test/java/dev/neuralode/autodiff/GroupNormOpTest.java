package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The fused group-normalisation op against PyTorch 1.13.1's {@code F.group_norm} and its autograd
 * (2 groups of 2 channels, 3x2 positions, the second sample offset by 3 as after a convolution),
 * on both kernel implementations, through the fused first-order backward and through the recorded
 * one that second-order gradients differentiate. Gradients of both orders against finite
 * differences: {@code ConvLayersTest}.
 */
class GroupNormOpTest {

    private static final long[] SHAPE = {2, 4, 3, 2};

    // Printed by torch: x = rand(2,4,3,2)*4-2, x[1] += 3, gamma = rand(4)+0.5, beta = rand(4)*2-1,
    // g = rand(2,4,3,2)*2-1 after manual_seed(0), float64; y = group_norm(x, 2, gamma, beta, 1e-5).
    private static final double[] X = {1.8802120072262123, 0.8312794575991518, -0.16246822749019652, 1.6829907364878411, 0.5800964804910591, 1.1645915687212147, -1.2855752991969962, -0.5955695024242864, 0.3253636792302981, -0.8470564314553992, -0.1885246044755431, -1.2928018951851437, -0.5789329666427743, 0.4876209947181107, -0.07260639687316583, -0.2367980038225621, -0.37087370254223373, -1.1782456261536516, 0.6601527030005978, 1.139495601820471, -1.1585341003264618, 0.7069564836707163, -1.5610589590502157, 0.09500823760897381, 1.9040808117535621, 3.232972301520903, 3.3501158473457875, 3.7277827427208337, 3.9815046423103455, 1.910622546387525, 4.239569065727891, 3.52236125358234, 1.7835525828368315, 1.6109049515117135, 2.926026008874901, 4.670023249959685, 3.2881588407924376, 2.92331769273563, 4.1842344333619526, 2.4718808173179427, 2.088734842421459, 1.1657579466792645, 3.9947530732733756, 2.3670234104329464, 3.152900034217896, 2.86546167547147, 4.4539458430331615, 1.1642375005457666};
    private static final double[] GAMMA = {1.4972603835252127, 1.379664099238981, 1.2629971687438133, 0.7558997317667261};
    private static final double[] BETA = {-0.6207838449961955, 0.9755293395903768, 0.559203753527524, -0.27624130697291793};
    private static final double[] G = {0.13168771920235844, 0.48239938198908616, -0.9910741093659352, 0.16720926619539833, 0.1394265537334609, -0.903429341552427, -0.6739909008009484, 0.9973619254545991, 0.20133395154099598, -0.701720559571392, -0.21172617571674168, 0.7268072346173222, -0.7776616347697916, 0.6190519065332403, 0.5779703885969816, 0.5953087898486822, -0.18657202175646503, 0.44724221340104475, -0.9763707924006726, -0.4868159850016389, -0.6226930812962241, -0.6748711019091902, -0.00974323187490822, -0.6912816155803811, -0.5409213252297467, -0.1787987535138389, -0.2518356162813824, -0.6341986034499496, -0.20046628465407945, 0.03535605332275482, 0.22402564689918192, -0.21968658336867142, 0.07684429465531029, -0.6027734015287742, -0.1415605455811484, 0.712901918737487, 0.8440433952084909, -0.9237968050135401, 0.4073488852788585, -0.6481748601715549, -0.6430258247170599, -0.6394728041263003, 0.33835637074288916, 0.23269476551224066, -0.6634544662300068, 0.9526402509091194, 0.3547079930080723, 0.12428038910681138};
    private static final double[] Y = {1.8377567651544544, 0.32597806466730866, -1.1062652044643666, 1.5535107318978023, -0.036040517797289166, 0.8063656266586826, -0.9633719635189669, -0.04700498873246518, 1.1760466980801125, -0.3809939456839398, 0.49357380564893694, -0.9729692943452242, -0.0767195108806288, 1.5913116624026464, 0.7151471295654455, 0.45836057332443647, 0.24867362531592785, -1.0140112324658195, 0.5029643391200457, 0.9516368290372996, -1.1993551036783268, 0.5467734137146696, -1.5761247002694383, -0.026019766150906825, -2.3682202170197186, -0.3793013440333039, -0.20397550973177436, 0.3612691484646028, 0.7410084112029728, -2.358429365339394, 2.5862681645395034, 1.597149060570476, -0.8008851566479178, -1.0389877923230846, 0.7747283159530586, 3.1799182193727944, 1.1077306869163646, 0.6578005018561589, 2.212790955858287, 0.1010785477084455, -0.37142555526462734, -1.50966110714629, 0.5735729965046296, -0.62782086525828, -0.04778145609088983, -0.25993381020512113, 0.9124937568430727, -1.5155724631690646};
    private static final double[] DX = {0.21895721683934155, 0.7554008105624832, -1.3389003718470867, 0.2759774765722105, 0.26850805766032365, -1.251774935481067, -0.7724391889375231, 1.4268340829920363, 0.3424650652750116, -0.8222168352656393, -0.19092527788713748, 1.088113899517047, -1.163409292549514, 1.1547448098229776, 1.0202295237553038, 1.0267522194052914, -0.2128822920636732, 0.6771039993979747, -0.7056767593265487, -0.18732456218400778, -0.6027362006513021, -0.4175979817927691, -0.07949186320354412, -0.5097116006101883, -0.32787289563615607, -0.08929072670830518, -0.225348092521106, -0.8838459687533906, -0.29261653923912667, 0.5331336018366217, 0.2574573092676785, -0.19073235610423955, 0.6152061474578283, -0.28265451215694504, 0.05316181594554992, 0.8334022166115914, 0.9960069078557577, -1.0797468731810318, 0.20108640356273721, -0.6106816830244735, -0.4947086119344235, -0.2262509652971354, 0.0026817701091563784, 0.39041024372420297, -0.49586888359772474, 0.7791774063132605, -0.11663060043474816, 0.6545248859044238};
    private static final double[] DGAMMA = {0.1717954337189228, 2.0781216560404268, 2.9942412403405467, -1.5374314234524005};
    private static final double[] DBETA = {-2.7446450596043004, 0.3878168053372204, -0.3277383716874136, -2.122550505013889};

    private record Result(double[] y, double[] dx, double[] dgamma, double[] dbeta) {
    }

    private static Result run(DType dtype, boolean createGraph) {
        Tensor x = Tensor.fromValues(X, dtype, SHAPE).asVariable();
        Tensor gamma = Tensor.fromValues(GAMMA, dtype, 4).asVariable();
        Tensor beta = Tensor.fromValues(BETA, dtype, 4).asVariable();
        Tensor y = x.groupNorm(2, gamma, beta, 1e-5);
        List<Tensor> grads = Grad.grad(List.of(y), List.of(x, gamma, beta), List.of(Tensor.fromValues(G, dtype, SHAPE)),
                createGraph, false);
        return new Result(y.toDoubleArray(), grads.get(0).toDoubleArray(), grads.get(1).toDoubleArray(),
                grads.get(2).toDoubleArray());
    }

    private static void assertMatchesTorch(Result r, double tolerance, String label) {
        assertArrayEquals(Y, r.y(), tolerance, label + " y");
        assertArrayEquals(DX, r.dx(), tolerance, label + " dx");
        assertArrayEquals(DGAMMA, r.dgamma(), tolerance, label + " dgamma");
        assertArrayEquals(DBETA, r.dbeta(), tolerance, label + " dbeta");
    }

    @Test
    void float64OnNd4jMatchesTorch() {
        assertMatchesTorch(run(DType.FLOAT64, false), 1e-12, "fused backward");
        assertMatchesTorch(run(DType.FLOAT64, true), 1e-12, "recorded backward");
    }

    @Test
    void float32OnBothKernelsMatchesTorch() {
        for (boolean createGraph : new boolean[] {false, true}) {
            Supplier<Result> work = () -> run(DType.FLOAT32, createGraph);
            assertMatchesTorch(KernelSwitch.onHost(work), 2e-5, "host, createGraph " + createGraph);
            assertMatchesTorch(KernelSwitch.onNd4j(work), 2e-5, "ND4J, createGraph " + createGraph);
        }
    }

    @Test
    void withoutAffineParametersIsTheStandardisedInput() {
        Tensor x = Tensor.fromValues(new double[] {1, 3, 10, 14}, DType.FLOAT64, 1, 2, 2);
        double s1 = 1 / Math.sqrt(1 + 1e-5);
        double s2 = 1 / Math.sqrt(4 + 1e-5);
        assertArrayEquals(new double[] {-s1, s1, -2 * s2, 2 * s2}, x.groupNorm(2, null, null, 1e-5).toDoubleArray(), 1e-12);
    }

    @Test
    void badArgumentsAreNamed() {
        Tensor x = Tensor.zeros(DType.FLOAT64, 2, 4, 3);
        Tensor four = Tensor.zeros(DType.FLOAT64, 4);
        var groups = assertThrows(IllegalArgumentException.class, () -> x.groupNorm(3, null, null, 1e-5));
        assertTrue(groups.getMessage().contains("[2, 4, 3]") && groups.getMessage().contains("3 groups"), groups.getMessage());
        var eps = assertThrows(IllegalArgumentException.class, () -> x.groupNorm(2, null, null, 0));
        assertTrue(eps.getMessage().contains("eps"), eps.getMessage());
        var half = assertThrows(IllegalArgumentException.class, () -> x.groupNorm(2, four, null, 1e-5));
        assertTrue(half.getMessage().contains("both"), half.getMessage());
        var shape = assertThrows(IllegalArgumentException.class,
                () -> x.groupNorm(2, Tensor.zeros(DType.FLOAT64, 3), four, 1e-5));
        assertTrue(shape.getMessage().contains("[3]") && shape.getMessage().contains("[4]"), shape.getMessage());
        assertEquals(DType.FLOAT64, x.groupNorm(2, four, four, 1e-5).dtype());
    }
}
