package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Why {@link #explain} does not take the training lock: an optimizer step replaces the
 * parameters' tensors rather than writing into them, so the weights after each iteration can be
 * published as a map of immutable tensors, and a second copy of the model (the inference model,
 * used by one thread at a time) explains series from them while the next iteration runs. Waiting
 * for the lock instead lost the race to the training loop, which takes it again at once: a series
 * switch waited up to eleven iterations, seconds late in training.
 */
public final class LatentSession extends IterativeSession {

    /** The settings a failure's remedy may name. */
    private static final Set<Setting> SETTINGS = Set.of(Setting.LEARNING_RATE, Setting.TOLERANCE);

    private final LatentExperiment initial;
    private final List<ExampleSeries> examples;
    private final List<IrregularSeries> training;
    private final LatentOde model;
    private final Adam adam;
    /** Seeds the draws of each iteration (its ELBO's noise) and of each epoch (its shuffle), with their numbers. */
    private final long drawSeed;
    private final long shuffleSeed;
    private final Object inferenceLock = new Object();
    private volatile LatentExperiment pending;
    /** The weights after an iteration, for {@link #explain}; their tensors are never written after publication. */
    private record Published(long iteration, Map<String, Tensor> weights) {
    }

    private volatile Published published;
    private volatile LatentExperiment current;
    private LatentOde inferenceModel;
    /** The training spirals in the order of epoch {@link #shuffledEpoch}. */
    private List<IrregularSeries> shuffled;
    private long shuffledEpoch = -1;

    public LatentSession(LatentExperiment experiment) {
        this(experiment, 0, 0.0);
    }

    private LatentSession(LatentExperiment experiment, long iteration, double elapsed) {
        super(iteration, elapsed);
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
        this.training = List.copyOf(train);
        this.drawSeed = seed + 3;
        this.shuffleSeed = seed + 4;
        this.model = new LatentOde(experiment.modelConfig(), new SplittableRandom(seed + 2));
        this.adam = new Adam(model.namedParameters(), experiment.learningRate());
        remember();
        published = new Published(iteration, model.stateDict());
    }

    /**
     * Resumes a saved session: the same spirals (they follow from the seed), the saved weights and
     * Adam's state; the next iteration continues where the saved one stopped, with the batch and noise
     * the uninterrupted session would have drawn, so its losses are the same bit for bit.
     *
     * @throws IllegalArgumentException when the weights do not fit the model the config describes
     */
    public static LatentSession resume(LatentCheckpoint c) {
        LatentSession s = new LatentSession(c.config(), c.iteration(), c.elapsedSeconds());
        synchronized (s.lock) {
            s.model.loadStateDict(c.weights());
            s.adam.loadState(c.optimizer());
            s.remember();
            s.published = new Published(c.iteration(), s.model.stateDict());
        }
        return s;
    }

    /**
     * Writes the session and what the explorer shows of it atomically: the settings in effect (an
     * update still waiting for the next iteration needs no new model, so it fits these weights),
     * the weights, Adam's state, the view and the metrics history (CSV, as the metrics export writes it).
     */
    public void save(Path file, LatentViewState view, String metricsCsv) throws IOException {
        lock.lock();
        try {
            new LatentCheckpoint(experiment(), model.stateDict(), adam.state(), iteration(), elapsedSeconds(), view, metricsCsv)
                    .write(file);
        } finally {
            lock.unlock();
        }
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

    /** The iteration whose weights {@link #explain} uses now; read without waiting for the iteration in progress. */
    public long explainedIteration() {
        return published.iteration();
    }

    /** The weights after the newest finished iteration, by PyTorch-style name; the tensors are never written. */
    public Map<String, Tensor> weights() {
        return published.weights();
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
            IrregularBatch batch = IrregularBatch.of(batch(n), model.dtype());
            SplittableRandom rng = numbered(drawSeed, n);
            // Activations live in a workspace the next iteration reuses (far less garbage, so shorter
            // GC pauses in the window); only the gradients leave it.
            Outcome outcome = adam.step(() -> {
                Elbo elbo = model.elbo(batch, rng);
                double loss = elbo.loss().item();
                if (!Double.isFinite(loss)) {
                    throw TrainingFailure.nonFiniteLoss(n, loss, SETTINGS);
                }
                elbo.loss().backward();
                return new Outcome(loss, elbo.nfe(), elbo.backwardNfe(), StepTrace.EMPTY);
            });
            published = new Published(n, model.stateDict());
            return outcome;
        } catch (OdeSolveException e) {
            throw TrainingFailure.inSolver(n, e, SETTINGS);
        }
    }

    /**
     * The posterior of {@code series} and what it implies at {@code times} (which may reach before 0
     * and past the observations): the decoded mean trajectory, {@code samples} decoded posterior
     * samples, the latent trajectories and, with the Poisson likelihood, lambda(t). Uses the weights
     * of the newest finished iteration and the newest tolerances, and runs beside an iteration in
     * progress without waiting for it (see the class comment); no gradients are recorded. The
     * samples' noise comes from {@code seed}, so the same request draws the same samples.
     */
    public LatentPrediction explain(IrregularSeries series, double[] times, int samples, long seed) {
        synchronized (inferenceLock) {
            if (inferenceModel == null) {
                inferenceModel = new LatentOde(initial.modelConfig(), new SplittableRandom(0));
            }
            inferenceModel.loadStateDict(published.weights());
            inferenceModel.setSolver(experiment().modelConfig().directSolver());
            return inferenceModel.explain(series, times, samples, new SplittableRandom(seed));
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

    /**
     * The minibatch of iteration {@code n}: epochs of whole batches, each over a shuffle of the training
     * spirals that depends on the seed and the epoch's number alone (the batch size is fixed for the
     * session's life).
     */
    private List<IrregularSeries> batch(long n) {
        int size = Math.min(current.batchSize(), training.size());
        int perEpoch = training.size() / size;
        long epoch = (n - 1) / perEpoch;
        if (epoch != shuffledEpoch) {
            List<IrregularSeries> order = new ArrayList<>(training);
            SplittableRandom rng = numbered(shuffleSeed, epoch);
            for (int i = order.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                order.set(i, order.set(j, order.get(i)));
            }
            shuffled = order;
            shuffledEpoch = epoch;
        }
        int first = (int) ((n - 1) % perEpoch) * size;
        return List.copyOf(shuffled.subList(first, first + size));
    }

    /**
     * The generator of draw number {@code k} of a stream: the draws of an iteration or an epoch depend on
     * the seed and its number alone, so that a session resumed from a checkpoint draws what the
     * uninterrupted one would have (as {@link DensityTrainer} does for density flows).
     */
    private static SplittableRandom numbered(long seed, long k) {
        return new SplittableRandom(seed ^ (k * 0x9E3779B97F4A7C15L));
    }
}
