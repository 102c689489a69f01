package dev.neuralode.model.latent;

/**
 * What a view draws for one series, as plain arrays (no tensors, no toolkit types): the
 * observations, the reconstruction and extrapolation at the query times from the posterior mean
 * and from posterior samples, and the latent trajectory. Indices are {@code [time][dimension]} and
 * {@code [sample][time][dimension]}.
 *
 * @param times          the query times, increasing; may lie before 0 and after the observations
 * @param observedTimes  the series' observation times
 * @param observed       the observations {@code [i][2]}
 * @param mean           the decoded trajectory of the posterior mean z0, {@code [T][2]}
 * @param samples        decoded trajectories of posterior samples, {@code [S][T][2]}
 * @param latent         the latent trajectory of the posterior mean, {@code [T][L]}
 * @param latentSamples  the latent trajectories of the samples, {@code [S][T][L]}
 * @param z0Mean         the posterior mean of z0, {@code [L]}
 * @param z0Std          the posterior standard deviation of z0, {@code [L]}
 * @param intensity      the Poisson intensity lambda(t) along the mean trajectory {@code [T]}, or null without one
 * @param nfe            evaluations of the dynamics the solves took
 */
public record LatentPrediction(double[] times, double[] observedTimes, double[][] observed, double[][] mean,
                               double[][][] samples, double[][] latent, double[][][] latentSamples, double[] z0Mean,
                               double[] z0Std, double[] intensity, int nfe) {

    /** The number of posterior samples. */
    public int sampleCount() {
        return samples.length;
    }
}
