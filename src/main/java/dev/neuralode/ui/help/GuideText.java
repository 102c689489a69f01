package dev.neuralode.ui.help;

import java.util.List;

/**
 * What the guide says, section by section: what each tab and view shows and what its terms mean,
 * in the words the window uses for its controls. The keyboard shortcuts are not here: the guide
 * reads them from the menus ({@link Shortcuts}), so that they cannot drift from what the keys do.
 */
final class GuideText {

    /** One heading of a section and the paragraph under it. */
    record Entry(String term, String text) {
    }

    /** A section of the guide: a tab of its window. */
    record Section(String title, List<Entry> entries) {
    }

    static final String START = "Start";
    static final String DENSITY = "Density flows";
    static final String LATENT = "Latent ODE";
    static final String CLASSIFIER = "Classifier";
    static final String LAB = "Solver lab";
    static final String TERMS = "Terms";

    private GuideText() {
    }

    static List<Section> sections() {
        return List.of(start(), density(), latent(), classifier(), lab(), terms());
    }

    private static Section start() {
        return new Section(START, List.of(
                new Entry("What this is", "Neural Ordinary Differential Equations (Chen, Rubanova, Bettencourt and"
                        + " Duvenaud, NeurIPS 2018) made visible: models whose layers are an ODE, solved by an adaptive"
                        + " solver while you watch. Each tab is one of the paper's experiments."),
                new Entry("First steps", "On Density flows, pick a dataset on the left (or draw one on the dark canvas)"
                        + " and press Play (Space). A Gaussian morphs into your data in the big view while the charts"
                        + " on the right show the loss falling and how hard the solver works (NFE). Drag the Time s"
                        + " slider to see the flow halfway; move a tolerance slider under Model & solver and watch the"
                        + " NFE change at the next iteration."),
                new Entry("The tabs", "Density flows: a continuous normalizing flow learns a 2D density. Latent ODE: a"
                        + " latent ODE interpolates and extrapolates irregularly sampled spirals, and follows the points"
                        + " you click. Classifier: an ODE-Net learns MNIST against a ResNet and reads the digits you"
                        + " draw, or, with the switch at its top on 2D, a flow separates two classes of points in the"
                        + " plane. Solver lab: the ODE solver itself, every step of one solve, and how methods, tolerances and"
                        + " gradients compare."),
                new Entry("Saving work", "File > Save experiment keeps the settings, the drawn points, the weights and"
                        + " the optimizer state in one file; File > Open experiment brings it back. Reset and the"
                        + " settings that need a new model ask before they discard a trained model. While a tab's work"
                        + " changes it is also autosaved once a minute; if the app ends without closing, the next start"
                        + " offers to restore it."),
                new Entry("The status bar", "Bottom line: what just happened, and the engine: CPU or CUDA, its threads,"
                        + " and which kernels run float32 and float64. View > Diagnostics adds the developer's figures:"
                        + " FX-thread stalls while training and heap and off-heap memory.")));
    }

    private static Section density() {
        return new Section(DENSITY, List.of(
                new Entry("Data (left)", "The dataset picker and a drawing canvas on [-4, 4]^2: Spray adds points"
                        + " where you drag, Eraser (or the right button) removes them; Radius and Intensity size the"
                        + " brush. Import... reads x,y points from a CSV file or samples a picture (dark pixels become"
                        + " points); you can also drop a file on the window. Drawing on a preset starts a custom set"
                        + " from its points."),
                new Entry("Model & solver (left)", "The objective (fit samples by maximum likelihood, or match an"
                        + " analytic target density by KL), the model, its sizes and seed, the trace estimator,"
                        + " regularisers, learning rate and batch, the solver and its tolerances. Solver, tolerance,"
                        + " trace, regulariser, learning-rate and batch changes apply at the next iteration; a change"
                        + " of model or data needs a new model, which a blue banner offers (Reset now)."),
                new Entry("Density view (centre)", "The learnt density as a heatmap of log p over the plane, at flow"
                        + " time s (the Time s slider; Play morph loops it). Overlays: Target data (the training"
                        + " points), Samples (particles carried by the flow to s), Trajectories (the paths of some"
                        + " particles) and Vector field (the dynamics f at s)."),
                new Entry("Training charts (right)", "Loss per iteration; NFE per iteration, forward and backward;"
                        + " seconds per iteration; and the solver X-ray: the size of every step of the last forward"
                        + " solve against normalised time, rejected steps as crosses."),
                new Entry("Frontier (right)", "Sweep tolerances (Ctrl+F) solves a frozen copy of the model at nine"
                        + " tolerances and plots NFE against error and time against NFE: the speed and precision"
                        + " trade-off of the paper's Figure 3 for your model."),
                new Entry("Banners", "A yellow banner names a problem and offers fixes: Stiff dynamics (the solver's"
                        + " steps shrank or its NFE jumped) offers a looser tolerance, a fixed-step solver or kinetic"
                        + " regularisation. Banners go away when the problem does, or with Dismiss.")));
    }

    private static Section latent() {
        return new Section(LATENT, List.of(
                new Entry("Data view (left)", "One series: its observations (dots), its noise-free ground truth"
                        + " (grey), and the model's reconstruction and extrapolation: the decoded posterior mean (blue)"
                        + " and posterior samples (thin orange lines); dashes are extrapolated backwards in time."),
                new Entry("Editing a series", "Click to add an observation: its time is where the grey curve passes"
                        + " nearest the click. Click an observation, right-click or Shift+click to remove the nearest."
                        + " The posterior is inferred again after each edit; Undo edit (Ctrl+Z) takes one back. Edits"
                        + " change only the series shown; the model trains on the spirals."),
                new Entry("Latent view (middle)", "The 4-d latent trajectory z(t) of the mean and the samples in a"
                        + " plane (two principal components, or any two of z1..z4), z0 marked. With the Poisson"
                        + " process likelihood on, the intensity lambda(t) of observations is plotted below it."),
                new Entry("Charts (right)", "Loss (the negative ELBO), NFE forward and backward, and seconds per"
                        + " iteration."),
                new Entry("Sidebar", "The series shown (the first 80% of the spirals train the model, the rest are"
                        + " only inferred), Import series... for a CSV of series_id,t,x,y, the number of observations"
                        + " n per spiral and the Poisson likelihood (both need a new model), learning rate and"
                        + " tolerance (these apply at the next iteration).")));
    }

    private static Section classifier() {
        return new Section(CLASSIFIER, List.of(
                new Entry("MNIST | 2D", "The switch at the top of the tab picks its view. Each view has its own model,"
                        + " its own Play, and its own items in the File menu; each builds its first model when first"
                        + " shown."),
                new Entry("MNIST: model (left)", "The paper's Table 1 models: ODE-Net (one ODE block), ResNet (six"
                        + " residual blocks), RK-Net (four RK4 steps) or the stem alone; the solver, its tolerance and"
                        + " the gradients (backpropagation through the solver or the adjoint). Small subset (on by"
                        + " default) trains on 2,000 digits, which learns visibly within a minute on a CPU; off, it is"
                        + " the paper's recipe, which takes days here."),
                new Entry("MNIST: draw a digit", "Draw with the mouse on the black pad (Delete clears it). The digit is"
                        + " made 28x28 and centred as MNIST's are, and read by a copy of the model: the class"
                        + " probabilities, the NFE of its solve, and its features' path h(t) through the ODE block,"
                        + " projected on the plane of the class centroids, moving towards a class."),
                new Entry("MNIST: charts and tabs", "Training: loss, validation error, NFE forward and backward, seconds"
                        + " per iteration, with dashed marks at epoch ends. Tolerance sweep: the trained model at"
                        + " several tolerances, error and seconds against NFE (the paper's Figure 3a and 3b)."
                        + " Misread digits: validation digits the model gets wrong, and how many NFE each digit needs."),
                new Entry("2D: data", "Two classes of points: circles (a disc inside a ring), moons, spirals, XOR, or a"
                        + " set you draw with two brushes, one per class. Noise and Regenerate make a new sample; a"
                        + " fifth of the points are held out as the test set."),
                new Entry("2D: models", "Neural ODE: the plane flows, then a straight line separates the classes. A"
                        + " flow of the plane cannot pull the disc out of the ring, so on circles it squeezes the ring"
                        + " and its NFE climbs. Augmented ODE (Dupont et al. 2019): the plane is lifted into 2 + p"
                        + " dimensions, where the disc can rise out of the ring. ResNet: four discrete residual steps"
                        + " of the same width."),
                new Entry("2D: views", "The decision map: the probability of each class over the plane. The flow: a"
                        + " grid and the points carried by the flow to time s (scrubber and loop); for the augmented"
                        + " model, choose which two coordinates are shown.")));
    }

    private static Section lab() {
        return new Section(LAB, List.of(
                new Entry("Problem and solver (left)", "A problem from the catalogue with its parameters on sliders:"
                        + " decay, oscillator, Van der Pol (stiff as mu grows), Lorenz (a twin start drawn beside it),"
                        + " Kepler (energy and angular momentum drift), Robertson (stiff), Brusselator, a bouncing ball"
                        + " (events) and the linear test equation. Or type dy/dt, one line per component, in t and"
                        + " y1, y2, ...; a line that does not parse is named with its column. Below: any method of the"
                        + " engine, the controller, the tolerances and the fixed step. Every change solves again;"
                        + " a solve made stale by a newer change is abandoned."),
                new Entry("One solve", "The solution against t and in a phase plane, drawn from the dense output,"
                        + " a dot at the end of every accepted step and a cross where every rejected attempt started;"
                        + " the step size and error ratio (a step is accepted when it is at most 1); the error against"
                        + " the reference (the closed form, or dopri8 at 1e-13); NFE, steps and wall time; and the"
                        + " method's stability region with z = h lambda per step for the linear test equation."),
                new Entry("Work-precision", "Several methods across a range of tolerances: error against evaluations"
                        + " and against wall time, log-log (Hairer and Wanner's diagram). The lowest curve is the"
                        + " cheapest method at that precision."),
                new Entry("Batch coupling", "Starts solved together share one step size: the batch's NFE beside each"
                        + " member's alone. One hard member makes every member pay."),
                new Entry("Adjoint's truth", "The gradient of L = sum z(T)^2 by backpropagation through the solver, by"
                        + " the adjoint, by the checkpointed adjoint and by finite differences, against a reference;"
                        + " the adjoint's backward reconstruction of z(t) and its error (it grows on a contracting"
                        + " system; checkpoints remove it); and, over several horizons T, what each method keeps in"
                        + " memory.")));
    }

    private static Section terms() {
        return new Section(TERMS, List.of(
                new Entry("s (flow time)", "How far along the flow the density view is: s = 0 is the Gaussian the flow"
                        + " starts from (base), s = 1 the learnt density of the data, s = 0.5 halfway. It is the"
                        + " model's integration time scaled to [0, 1], whatever the model's own end time."),
                new Entry("NFE", "Number of function evaluations: how many times the solver evaluated the dynamics f"
                        + " in one solve. It is the model's cost, like the depth of a network. Forward NFE is the solve"
                        + " that computes the loss; backward NFE is the adjoint's solve backwards in time for the"
                        + " gradient (zero when gradients come by backpropagation through the solver's steps). It"
                        + " grows as the dynamics learn more detail: the paper's Figure 3d."),
                new Entry("rtol and atol", "The adaptive solver's relative and absolute tolerances: each step's"
                        + " estimated error must stay below atol + rtol x |z|, or the step is rejected and retried"
                        + " smaller. Smaller tolerances are more precise and take more steps (higher NFE, slower);"
                        + " larger ones are faster and coarser."),
                new Entry("log p, clipped 8 nats below the peak", "The heatmap's colour is the log-density log p(x)."
                        + " Values more than 8 nats below the highest one in view (a factor of e^8, about 3,000) all"
                        + " get the darkest colour, so that empty parts of the plane, whose log p falls without bound,"
                        + " do not take the whole colour scale."),
                new Entry("NLL, nats", "The loss when fitting samples: the negative log-likelihood of a batch of"
                        + " training points, in nats (natural-log units), lower is better."),
                new Entry("Held-out NLL", "The same negative log-likelihood on a test split of the data that the model"
                        + " never trains on. When the training loss keeps falling while the held-out NLL rises, the"
                        + " model is learning the individual points rather than their density (overfitting)."),
                new Entry("KL objective", "Density matching: instead of samples, the model matches an analytic target"
                        + " density by minimising KL(q || p), the paper's second CNF experiment."),
                new Entry("Stiff dynamics", "Dynamics that force an adaptive solver into tiny steps; training slows as"
                        + " NFE climbs. Kinetic regularisation straightens the flow's paths, which needs fewer steps."),
                new Entry("Validation error", "The share of validation digits (held out from training) that the"
                        + " classifier misreads; the paper's Table 1 reports it on the test set."),
                new Entry("ELBO", "The latent ODE's objective: the evidence lower bound, the reconstruction likelihood of"
                        + " the observations minus the KL divergence of the posterior over z0 from its prior.")));
    }
}
