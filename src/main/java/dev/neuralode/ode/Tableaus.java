package dev.neuralode.ode;

/**
 * The Butcher tableaux of the Runge-Kutta methods torchdiffeq offers, except Dormand-Prince 8
 * ({@link Dopri8Tableau}). Sources: Hairer, Norsett, Wanner, Solving ODEs I (2nd ed.), II.1 (Euler,
 * midpoint, Heun, Kutta's 3/8 rule); Fehlberg, NASA TR R-315 (1969) for the 2(1) pair; Bogacki and
 * Shampine, Appl. Math. Lett. 2 (1989) 321-325; Dormand and Prince, J. Comput. Appl. Math. 6 (1980)
 * 19-26 with the embedded formula of Shampine, Math. Comp. 46 (1986) 135-150 used by torchdiffeq;
 * Tsitouras, Comput. Math. Appl. 62 (2011) 770-775.
 */
public final class Tableaus {

    private Tableaus() {
    }

    /** Forward Euler: {@code y1 = y0 + h f(t0, y0)}. Order 1. */
    public static final ButcherTableau EULER = ButcherTableau.fixed(new double[] {0}, new double[][] {{}},
            new double[] {1}, 1);

    /** The explicit midpoint rule. Order 2. */
    public static final ButcherTableau MIDPOINT = ButcherTableau.fixed(new double[] {0, 0.5},
            new double[][] {{}, {0.5}}, new double[] {0, 1}, 2);

    /** Heun's second-order method (the explicit trapezoidal rule). */
    public static final ButcherTableau HEUN2 = ButcherTableau.fixed(new double[] {0, 1},
            new double[][] {{}, {1}}, new double[] {0.5, 0.5}, 2);

    /** Heun's third-order method. */
    public static final ButcherTableau HEUN3 = ButcherTableau.fixed(new double[] {0, 1.0 / 3, 2.0 / 3},
            new double[][] {{}, {1.0 / 3}, {0, 2.0 / 3}}, new double[] {0.25, 0, 0.75}, 3);

    /** Kutta's 3/8 rule, which torchdiffeq calls {@code rk4}. Order 4. */
    public static final ButcherTableau RK4_THREE_EIGHTHS = ButcherTableau.fixed(new double[] {0, 1.0 / 3, 2.0 / 3, 1},
            new double[][] {{}, {1.0 / 3}, {-1.0 / 3, 1}, {1, -1, 1}}, new double[] {0.125, 0.375, 0.375, 0.125}, 4);

    /** Heun-Euler 2(1): Heun's method with Euler as the embedded solution. */
    public static final ButcherTableau HEUN_EULER = new ButcherTableau(new double[] {0, 1},
            new double[][] {{}, {1}}, new double[] {0.5, 0.5}, new double[] {1, 0}, 2, 1);

    /**
     * Fehlberg 2(1). torchdiffeq propagates the second-order solution but reuses the last stage (the
     * derivative at the first-order point) as the next first stage; here the next step evaluates the
     * derivative at the propagated state instead, which keeps the method consistent (3 evaluations
     * per step rather than 2).
     */
    public static final ButcherTableau FEHLBERG2 = new ButcherTableau(new double[] {0, 0.5, 1},
            new double[][] {{}, {0.5}, {1.0 / 256, 255.0 / 256}}, new double[] {1.0 / 512, 255.0 / 256, 1.0 / 512},
            new double[] {1.0 / 256, 255.0 / 256, 0}, 2, 1);

    /** Bogacki-Shampine 3(2), first same as last. */
    public static final ButcherTableau BOGACKI_SHAMPINE = new ButcherTableau(new double[] {0, 0.5, 0.75, 1},
            new double[][] {{}, {0.5}, {0, 0.75}, {2.0 / 9, 1.0 / 3, 4.0 / 9}}, new double[] {2.0 / 9, 1.0 / 3, 4.0 / 9, 0},
            new double[] {7.0 / 24, 0.25, 1.0 / 3, 0.125}, 3, 2);

    /**
     * Dormand-Prince 5(4), first same as last, with the embedded fourth-order weights of Shampine
     * (1986) that torchdiffeq uses (not the original 5179/57600, ...): the error estimate, and hence
     * every step size, matches torchdiffeq's.
     */
    public static final ButcherTableau DORMAND_PRINCE5 = new ButcherTableau(
            new double[] {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1},
            new double[][] {
                {},
                {1.0 / 5},
                {3.0 / 40, 9.0 / 40},
                {44.0 / 45, -56.0 / 15, 32.0 / 9},
                {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
                {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
                {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84}},
            new double[] {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0},
            new double[] {1951.0 / 21600, 0, 22642.0 / 50085, 451.0 / 720, -12231.0 / 42400, 649.0 / 6300, 1.0 / 60},
            5, 4);

    /**
     * Shampine's coefficients for the state at the middle of a Dormand-Prince step:
     * {@code y(t0 + h/2) ~ y0 + h sum_i m_i k_i}, the value the fourth-order dense output is fitted through.
     */
    static final double[] DORMAND_PRINCE5_MIDPOINT = {
        6025192743.0 / 30085553152.0 / 2, 0, 51252292925.0 / 65400821598.0 / 2, -2691868925.0 / 45128329728.0 / 2,
        187940372067.0 / 1594534317056.0 / 2, -1776094331.0 / 19743644256.0 / 2, 11237099.0 / 235043384 / 2};

    /** Tsitouras 5(4), first same as last (the coefficients of Tsitouras 2011, table 1). */
    public static final ButcherTableau TSITOURAS5 = new ButcherTableau(
            new double[] {0, 0.161, 0.327, 0.9, 0.98002554090450968572981028628702, 1, 1},
            new double[][] {
                {},
                {0.161},
                {-0.0084806554923569885444268742502307747, 0.33548065549235698854442687425023077},
                {2.8971530571054934321304325941929388, -6.3594484899750748431481599123838256,
                    4.3622954328695814110177273181908869},
                {5.3258648284392566044288779208405113, -11.748883564062827877747170339785773,
                    7.4955393428898362083046047845643582, -0.092495066361755249256502079332071916},
                {5.8614554429464200286592514869826479, -12.920969317847109291706118681783359,
                    8.1593678985761586431804007945392535, -0.071584973281400997224530542525829739,
                    -0.028269050394068382909003057212712241},
                {0.096460766818065229518167313165128763, 0.01, 0.47988965041449957477524953229059652,
                    1.3790085741037418931922748218568728, -3.2900695154360806799010475857113639,
                    2.3247105240997739824153559183987658}},
            new double[] {0.096460766818065229518167313165128763, 0.01, 0.47988965041449957477524953229059652,
                1.3790085741037418931922748218568728, -3.2900695154360806799010475857113639,
                2.3247105240997739824153559183987658, 0},
            new double[] {0.094680755765839458074788762557589229, 0.0091835655403432530967763639366453138,
                0.48777052842476157078556425996312282, 1.2342975669304789856551096738842377,
                -2.7077123499835254548811099750593217, 1.8666284181705870357537193995662115, 1.0 / 66},
            5, 4);
}
