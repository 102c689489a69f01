package dev.neuralode.autodiff.kernel.host;

/**
 * Float32 elementary functions written so that HotSpot's C2 compiler vectorises loops over them
 * ({@code Math.tanh} does not vectorise).
 *
 * <p>{@code tanh(x) = x P(x^2) / Q(x^2)} on {@code |x| <= 9}, with P of degree 5 and Q of degree 3
 * in {@code x^2}, fitted by this project (weighted least squares on the relative error at
 * Chebyshev nodes, reweighted towards minimax; see {@code FastMathTest}). Beyond 9, tanh is 1 to
 * float precision. Maximum error in float32 arithmetic: 4e-7 absolute, 7 ulp, and never {@code |tanh| > 1}.
 *
 * <p>{@code expm1(x)} for {@code x <= 0} (the negative branch of ELU) by argument halving:
 * {@code y = x / 32} lies in {@code [-15/16, 0]} once x is clamped to {@code [-30, 0]}, where the
 * Taylor polynomial of degree 10 of {@code expm1(y)} is within 1e-8 relative; five doublings
 * {@code expm1(2y) = e (e + 2)} with {@code e = expm1(y)} then give {@code expm1(x)} without the
 * cancellation of {@code exp(x) - 1} near 0. Only multiplies and adds, so C2 vectorises the loop; an
 * earlier version rebuilt {@code 2^k} from exponent bits, which C2 in Java 17 does not vectorise
 * (docs/benchmarks.md, "Benchmark: bench latent", for the measured cost of each).
 * Error against {@code Math.expm1}: below 1.5e-7 absolute and 4e-7 relative (see {@code HostKernelTest}).
 */
final class FastMath {

    private static final float CLAMP = 9f;
    private static final float P0 = 0.9999999783675024f;
    private static final float P1 = 0.1293977453323795f;
    private static final float P2 = 0.002942327033102376f;
    private static final float P3 = 9.450882712788378e-06f;
    private static final float P4 = -1.327147264591127e-08f;
    private static final float P5 = 1.9348332265748383e-11f;
    private static final float Q1 = 0.4627308669425909f;
    private static final float Q2 = 0.023852957911827247f;
    private static final float Q3 = 0.00023099604034591202f;

    private FastMath() {
    }

    /** {@code exp(x) - 1} for {@code x <= 0}; inputs below -30 give -1, which it is to float precision. */
    static float expm1Negative(float x) {
        float y = Math.max(-30f, Math.min(0f, x)) * (1f / 32);
        float e = y * (1f + y * (1f / 2 + y * (1f / 6 + y * (1f / 24 + y * (1f / 120 + y * (1f / 720 + y * (1f / 5040
                + y * (1f / 40320 + y * (1f / 362880 + y * (1f / 3628800))))))))));
        // Written out: a loop here would keep C2 from vectorising the caller's loop.
        e = e * (e + 2f);
        e = e * (e + 2f);
        e = e * (e + 2f);
        e = e * (e + 2f);
        return e * (e + 2f);
    }

    static float tanh(float x) {
        float v = Math.max(-CLAMP, Math.min(CLAMP, x));
        float s = v * v;
        float p = ((((P5 * s + P4) * s + P3) * s + P2) * s + P1) * s + P0;
        float q = ((Q3 * s + Q2) * s + Q1) * s + 1f;
        // The fit overshoots 1 by an ulp near the clamp; |tanh| <= 1 matters for 1 - tanh^2 >= 0.
        return Math.max(-1f, Math.min(1f, v * (p / q)));
    }

    /** {@code sigmoid(x) = (1 + tanh(x / 2)) / 2}, which shares tanh's vectorised form. */
    static float sigmoid(float x) {
        return 0.5f + 0.5f * tanh(0.5f * x);
    }
}
