package dev.neuralode.ui.classifier;

import dev.neuralode.ui.common.ProgressJob;
import dev.neuralode.data.MnistImages;
import dev.neuralode.train.DigitReader;
import dev.neuralode.train.FrozenClassifier;
import dev.neuralode.train.MnistSession;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The validation digits the current model gets wrong, each solved alone so that its own NFE is known,
 * hardest for the solver first, and the NFE histogram over all the digits read. Off the FX thread with
 * progress, on a frozen copy of the weights, so that training goes on meanwhile and every digit is read
 * by the same model.
 */
public final class GalleryViewModel {

    /** Validation digits read. */
    static final int IMAGES = 500;
    /** Mistakes shown at most (the hardest for the solver). */
    static final int SHOWN = 60;
    static final String IDLE = "Read " + IMAGES + " validation digits one by one: the ones the model gets wrong, and how many"
            + " evaluations each took.";

    /** A misread digit: where it is in the validation set, what it is, what the model said, and the NFE of its solve. */
    public record Mistake(int index, int label, int predicted, int nfe, float[] pixels) {
    }

    /** The gallery of one run: mistakes hardest first, and the histogram of every digit's NFE. */
    public record Gallery(long iteration, int images, int wrong, List<Mistake> mistakes, NfeHistogram histogram, boolean ode) {
    }

    private final ProgressJob<Gallery> job;

    GalleryViewModel(Executor work, Executor fx) {
        job = new ProgressJob<>(work, fx, IDLE);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyObjectProperty<Gallery> resultProperty() {
        return job.resultProperty();
    }

    /** Reads the validation digits with the session's model; ignored while a run is in progress. */
    public void run(ClassifierHandle h) {
        if (h == null) {
            return;
        }
        job.start("Reading validation digits...", (progress, cancel) -> read(h.session(), progress, cancel),
                GalleryViewModel::describe);
    }

    public void cancel() {
        job.cancel();
    }

    void clear() {
        job.clear(IDLE);
    }

    private static Gallery read(MnistSession s, java.util.function.DoubleConsumer progress, java.util.function.BooleanSupplier cancel) {
        FrozenClassifier frozen = FrozenClassifier.of(s);
        long iteration = frozen.iteration();
        MnistImages images = s.validationImages();
        int n = Math.min(IMAGES, images.count());
        List<DigitReader.Verdict> verdicts = new DigitReader(frozen).verdicts(images, n, done -> progress.accept(done / (double) n),
                cancel);
        List<Mistake> mistakes = verdicts.stream().filter(DigitReader.Verdict::wrong)
                .sorted(Comparator.comparingInt(DigitReader.Verdict::nfe).reversed())
                .limit(SHOWN)
                .map(v -> new Mistake(v.index(), v.label(), v.predicted(), v.nfe(), images.batch(new int[] {v.index()})))
                .toList();
        int wrong = (int) verdicts.stream().filter(DigitReader.Verdict::wrong).count();
        return new Gallery(iteration, verdicts.size(), wrong, mistakes, NfeHistogram.of(verdicts),
                s.config().architecture().hasOde());
    }

    private static String describe(Gallery g) {
        return String.format(Locale.ROOT, "From iteration %d: %d of %d validation digits misread (%.1f%%)%s", g.iteration(),
                g.wrong(), g.images(), 100.0 * g.wrong() / Math.max(1, g.images()),
                g.wrong() > g.mistakes().size() ? "; the " + g.mistakes().size() + " hardest for the solver shown" : "");
    }
}
