package dev.neuralode.train;

import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;
import dev.neuralode.model.latent.Elbo;
import dev.neuralode.model.latent.IrregularBatch;
import dev.neuralode.model.latent.LatentOde;
import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.nn.Adam;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.ode.OdeSolveException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A headless, interactive training session of the paper's latent ODE on bi-directional spirals
 * (Chen et al. 2018, section 5.1): {@link IterativeSession}'s iteration, pause and failure recovery
 * over Adam steps on minibatches of the training spirals, and {@link #explain} for the views, which
 * infers the posterior of any series (a training spiral, a held-out one, one the user edited or
 * imported) between iterations.
 *
 * <p>The data are fixed by the {@link LatentExperiment}: its spirals are generated, split 80/20
 * (seeded), and each is subsampled once to n observations; the first 80% train the model.
 */
public final class LatentSession extends IterativeSession {

    private final LatentExperiment initial;
    private final List<ExampleSeries> examples;
    private final List<IrregularSeries> training;
    private final LatentOde model;
    private final Adam adam;
    private final SplittableRandom rng;
    private volatile LatentExperiment pending;
    private LatentExperiment current;
    private int next;

    public LatentSession(LatentExperiment experiment) {
        super(0, 0.0);
        this.initial = experiment;
        this.current = experiment;
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config data = new Spirals.Config(experiment.spirals(), paper.gridPoints(), LatentExperiment.WINDOW,
                paper.extrapolated(), paper.stop(), paper.a(), paper.b(), paper.noiseStd());
        long seed = experiment.seed();
        List<List<Spirals.Spiral>> split = Spirals.split(Spirals.generate(data, new SplittableRandom(seed)), 0.8,
                new SplittableRandom(seed + 1));
        SplittableRandom subsample = new SplittableRandom(seed + 100 + experiment.observations());
        List<ExampleSeries> all = new ArrayList<>();
        List<IrregularSeries> train = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            for (Spirals.Spiral s : split.get(part)) {
                IrregularSeries observed = s.observed().subsample(experiment.observations(), subsample);
                all.add(ExampleSeries.ofSpiral(s, observed, part == 0));
                if (part == 0) {
                    train.add(observed);
                }
            }
        }
        this.examples = List.copyOf(all);
        this.training = train;
        this.rng = new SplittableRandom(seed + 3);
        this.model = new LatentOde(experiment.modelConfig(), new SplittableRandom(seed + 2));
        this.adam = new Adam(model.namedParameters(), experiment.learningRate());
        this.next = training.size();
        remember();
    }

    /** The spirals, the training ones first, each with its observations and noise-free curve. */
    public List<ExampleSeries> examples() {
        return examples;
    }

    /** The settings in effect (including an update waiting for the next iteration). */
    public LatentExperiment experiment() {
        LatentExperiment p = pending;
        return p != null ? p : current;
    }

    /** The latent state's dimension. */
    public int latentDim() {
        return model.config().latentDim();
    }

    /**
     * Schedules a new learning rate or tolerances for the next iteration.
     *
     * @throws IllegalArgumentException when the change needs a new model (the message says so)
     */
    public void update(LatentExperiment next) {
        if (initial.needsNewModel(next)) {
            throw new IllegalArgumentException("changing the data, the number of observations, the Poisson likelihood,"
                    + " the batch or the seed needs a new model: reset the session to apply it");
        }
        pending = next;
    }

    @Override
    protected Module module() {
        return model;
    }

    @Override
    protected Optimizer optimizer() {
        return adam;
    }

    @Override
    protected Outcome iterate(long n) {
        applyPending();
        try {
            IrregularBatch batch = IrregularBatch.of(nextBatch(), model.dtype());
            // Activations live in a workspace the next iteration reuses (far less garbage, so shorter
            // GC pauses in the window); only the gradients leave it.
            return adam.step(() -> {
                Elbo elbo = model.elbo(batch, rng);
                double loss = elbo.loss().item();
                if (!Double.isFinite(loss)) {
                    throw new TrainingFailure("the loss became " + loss + " at iteration " + n
                            + "; lower the learning rate or tighten the tolerance", null);
                }
                elbo.loss().backward();
                return new Outcome(loss, elbo.nfe(), elbo.backwardNfe(), StepTrace.EMPTY);
            });
        } catch (OdeSolveException e) {
            throw new TrainingFailure("iteration " + n + " failed in the ODE solver: " + e.getMessage()
                    + "; lower the learning rate or loosen the tolerance", e);
        }
    }

    /**
     * The posterior of {@code series} and what it implies at {@code times} (which may reach before 0
     * and past the observations): the decoded mean trajectory, {@code samples} decoded posterior
     * samples, the latent trajectories and, with the Poisson likelihood, lambda(t). Waits for the
     * iteration in progress, then runs without recording gradients; the samples' noise comes from
     * {@code seed}, so the same request draws the same samples.
     */
    public LatentPrediction explain(IrregularSeries series, double[] times, int samples, long seed) {
        synchronized (lock) {
            applyPending();
            return model.explain(series, times, samples, new SplittableRandom(seed));
        }
    }

    private void applyPending() {
        LatentExperiment p = pending;
        if (p != null) {
            adam.setLearningRate(p.learningRate());
            model.setSolver(p.modelConfig().directSolver());
            current = p;
            pending = null;
        }
    }

    /** The next minibatch of a seeded shuffle of the training spirals, a new shuffle per epoch. */
    private List<IrregularSeries> nextBatch() {
        int size = Math.min(current.batchSize(), training.size());
        if (next + size > training.size()) {
            for (int i = training.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                training.set(i, training.set(j, training.get(i)));
            }
            next = 0;
        }
        List<IrregularSeries> batch = List.copyOf(training.subList(next, next + size));
        next += size;
        return batch;
    }
}
