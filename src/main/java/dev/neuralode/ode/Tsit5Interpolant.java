package dev.neuralode.ode;

import java.util.Arrays;

/**
 * The free fourth-order continuous extension of Tsitouras 5(4) (Tsitouras 2011, section 3, in the
 * factored form of OrdinaryDiffEq.jl): {@code y(t0 + x h) = y0 + h sum_i b_i(x) k_i} with
 *
 * <pre>
 *   b_1(x) = -1.0530884977290216 x (x - 1.329989018975412) (x^2 - 1.4364028541716351 x + 0.7139816917074209)
 *   b_2(x) = 0.1017 x^2 (x^2 - 2.1966568338249754 x + 1.2949852507374631)
 *   b_3(x) = 2.490627285651252793 x^2 (x^2 - 2.38535645472061657 x + 1.57803468208092486)
 *   b_4(x) = -16.54810288924490272 (x - 1.21712927295533244) (x - 0.61620406037800089) x^2
 *   b_5(x) = 47.37952196281928122 (x - 1.203071208372362603) (x - 0.658047292653547382) x^2
 *   b_6(x) = -34.87065786149660974 (x - 1.2) (x - 2/3) x^2
 *   b_7(x) = 2.5 (x - 1) (x - 0.6) x^2
 * </pre>
 */
public record Tsit5Interpolant() implements Interpolant {

    @Override
    public int order() {
        return 4;
    }

    @Override
    public boolean needsEndDerivative() {
        return false;
    }

    @Override
    public void weights(double x, int stages, double[] w) {
        if (stages != 7) {
            throw new IllegalArgumentException("the Tsitouras interpolant needs the 7 stages of tsit5, got " + stages);
        }
        Arrays.fill(w, 0.0);
        double x2 = x * x;
        w[0] = 1;
        w[2] = -1.0530884977290216 * x * (x - 1.329989018975412) * (x2 - 1.4364028541716351 * x + 0.7139816917074209);
        w[3] = 0.1017 * x2 * (x2 - 2.1966568338249754 * x + 1.2949852507374631);
        w[4] = 2.490627285651252793 * x2 * (x2 - 2.38535645472061657 * x + 1.57803468208092486);
        w[5] = -16.54810288924490272 * (x - 1.21712927295533244) * (x - 0.61620406037800089) * x2;
        w[6] = 47.37952196281928122 * (x - 1.203071208372362603) * (x - 0.658047292653547382) * x2;
        w[7] = -34.87065786149660974 * (x - 1.2) * (x - 2.0 / 3) * x2;
        w[8] = 2.5 * (x - 1) * (x - 0.6) * x2;
    }
}
