package dev.neuralode.autodiff;

/**
 * Float32 elementary functions written so that HotSpot's C2 compiler vectorises loops over them
 * ({@code Math.tanh} does not vectorise and costs about 40 ns per element).
 *
 * <p>{@code tanh(x) = x P(x^2) / Q(x^2)} on {@code |x| <= 9}, with P of degree 5 and Q of degree 3
 * in {@code x^2}, fitted by this project (weighted least squares on the relative error at
 * Chebyshev nodes, reweighted towards minimax; see {@code FastMathTest}). Beyond 9, tanh is 1 to
 * float precision. Maximum error in float32 arithmetic: 4e-7 absolute, 7 ulp, and never {@code |tanh| > 1}.
 *
 * <p>{@code expm1(x)} for {@code x <= 0} (the negative branch of ELU): {@code x = k ln 2 + r} with
 * {@code |r| <= ln 2 / 2}, {@code expm1(x) = 2^k expm1(r) + (2^k - 1)}, {@code expm1(r)} by its Taylor
 * polynomial of degree 7 (truncation below 6e-9 on that interval); k is rounded with the
 * {@code 1.5 * 2^23} trick and {@code 2^k} built from its exponent bits, so the loop has no call
 * ({@code Math.expm1} costs about 20 ns per element). Error against {@code Math.expm1}: below
 * 1.5e-7 absolute (see {@code HostKernelTest}).
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

    private static final float INV_LN2 = 1.442695040888963f;
    private static final float LN2_HI = 0.693145751953125f;
    private static final float LN2_LO = 1.428606765330187e-06f;
    private static final float ROUNDER = 12582912f;

    /** {@code exp(x) - 1} for {@code x <= 0}; inputs below -30 give -1, which it is to float precision. */
    static float expm1Negative(float x) {
        float v = Math.max(-30f, Math.min(0f, x));
        float shifted = v * INV_LN2 + ROUNDER;
        int k = Float.floatToRawIntBits(shifted) - Float.floatToRawIntBits(ROUNDER);
        float kf = shifted - ROUNDER;
        float r = v - kf * LN2_HI - kf * LN2_LO;
        float p = r * (1f + r * (0.5f + r * (1f / 6 + r * (1f / 24 + r * (1f / 120 + r * (1f / 720 + r * (1f / 5040)))))));
        float scale = Float.intBitsToFloat((k + 127) << 23);
        return scale * p + (scale - 1f);
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
