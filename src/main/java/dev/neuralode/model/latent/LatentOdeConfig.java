package dev.neuralode.model.latent;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Odeint;

/**
 * The sizes and settings of a {@link LatentOde}. {@link #paper()} is the paper's spiral model
 * (Chen et al. 2018, section 5.1): a recognition RNN of 25 units over the observations and their
 * time gaps, a 4-d latent state, dynamics with one hidden layer of 20 units, a decoder with one
 * hidden layer of 20 units. {@link #torchdiffeqExample()} is torchdiffeq's {@code latent_ode.py},
 * whose dynamics have two hidden layers of 20 ELU units and whose RNN reads the points only.
 *
 * @param observationDim   dimensions of an observation (2 for spirals)
 * @param latentDim        dimensions of the latent state z
 * @param recognitionHidden hidden units of the recognition RNN
 * @param timeGapInput     whether the recognition RNN reads each observation's time gap too
 * @param dynamicsHidden   hidden units per hidden layer of the dynamics MLP
 * @param dynamicsLayers   hidden layers of the dynamics MLP
 * @param dynamicsActivation the dynamics MLP's nonlinearity
 * @param decoderHidden    hidden units of the decoder (one hidden layer, ReLU as in latent_ode.py)
 * @param observationStd   the fixed standard deviation of the Gaussian observation likelihood
 * @param poissonHidden    hidden units of the Poisson intensity network, 0 for no Poisson likelihood
 * @param rtol             the solver's relative tolerance
 * @param atol             the solver's absolute tolerance
 * @param dtype            float32 for training, float64 for gradient checks
 */
public record LatentOdeConfig(int observationDim, int latentDim, int recognitionHidden, boolean timeGapInput,
                              int dynamicsHidden, int dynamicsLayers, MlpActivation dynamicsActivation, int decoderHidden,
                              double observationStd, int poissonHidden, double rtol, double atol, DType dtype) {

    public LatentOdeConfig {
        requirePositive("observationDim", observationDim);
        requirePositive("latentDim", latentDim);
        requirePositive("recognitionHidden", recognitionHidden);
        requirePositive("dynamicsHidden", dynamicsHidden);
        requirePositive("dynamicsLayers", dynamicsLayers);
        requirePositive("decoderHidden", decoderHidden);
        if (poissonHidden < 0) {
            throw new IllegalArgumentException("poissonHidden must be 0 (no Poisson likelihood) or positive, was " + poissonHidden);
        }
        if (!(observationStd > 0) || Double.isInfinite(observationStd)) {
            throw new IllegalArgumentException("observationStd must be positive and finite (latent_ode.py uses 0.3), was "
                    + observationStd);
        }
        if (dynamicsActivation == null || dtype == null) {
            throw new IllegalArgumentException("give a dynamics activation and a dtype, were "
                    + dynamicsActivation + " and " + dtype);
        }
        // Tolerances validate themselves (and name the bad value) when the solver is made.
        Odeint.defaults().tolerances(rtol, atol);
    }

    /**
     * The paper's spiral model: dynamics 4-20-4 with ELU, an observation noise of 0.3 (the data's),
     * dopri5 at {@code rtol = 1e-5}, {@code atol = 1e-6}: looser than torchdiffeq's defaults (1e-7
     * and 1e-9), which keeps the Table 2 reproduction within minutes; solver errors of that size are
     * far below the noise.
     */
    public static LatentOdeConfig paper() {
        return new LatentOdeConfig(2, 4, 25, true, 20, 1, MlpActivation.ELU, 20, 0.3, 0, 1e-5, 1e-6, DType.FLOAT32);
    }

    /** torchdiffeq's {@code latent_ode.py}: dynamics 4-20-20-4 with ELU, RNN over points only, dopri5 at 1e-7 / 1e-9. */
    public static LatentOdeConfig torchdiffeqExample() {
        return new LatentOdeConfig(2, 4, 25, false, 20, 2, MlpActivation.ELU, 20, 0.3, 0, 1e-7, 1e-9, DType.FLOAT32);
    }

    /** The same model with a Poisson process likelihood whose intensity net has {@code hidden} units (0: none). */
    public LatentOdeConfig withPoisson(int hidden) {
        return new LatentOdeConfig(observationDim, latentDim, recognitionHidden, timeGapInput, dynamicsHidden, dynamicsLayers,
                dynamicsActivation, decoderHidden, observationStd, hidden, rtol, atol, dtype);
    }

    /** The same model with other solver tolerances. */
    public LatentOdeConfig withTolerances(double relative, double absolute) {
        return new LatentOdeConfig(observationDim, latentDim, recognitionHidden, timeGapInput, dynamicsHidden, dynamicsLayers,
                dynamicsActivation, decoderHidden, observationStd, poissonHidden, relative, absolute, dtype);
    }

    /** The same model in another dtype. */
    public LatentOdeConfig withDtype(DType type) {
        return new LatentOdeConfig(observationDim, latentDim, recognitionHidden, timeGapInput, dynamicsHidden, dynamicsLayers,
                dynamicsActivation, decoderHidden, observationStd, poissonHidden, rtol, atol, type);
    }

    /** Whether the ELBO includes the Poisson process likelihood of the observation times. */
    public boolean poisson() {
        return poissonHidden > 0;
    }

    /** dopri5 at this configuration's tolerances: backpropagation through the solver's operations. */
    public TrajectorySolver directSolver() {
        return TrajectorySolver.direct(Odeint.with("dopri5").tolerances(rtol, atol));
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
