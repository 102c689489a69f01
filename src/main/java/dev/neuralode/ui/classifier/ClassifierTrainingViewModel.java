package dev.neuralode.ui.classifier;

import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.ui.common.ControlNames;
import dev.neuralode.ui.common.SessionViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Classifier tab's training controls: {@link SessionViewModel}'s Play, Pause and Step over an
 * {@link MnistSession}, Reset from an {@link MnistExperiment}, Open from a checkpoint, and the message
 * of a failed iteration for the banner. The MNIST files are read on the engine thread the first time a
 * model is built.
 */
public final class ClassifierTrainingViewModel extends SessionViewModel<ClassifierHandle> {

    private static final ControlNames CONTROLS = ControlNames.of(Map.of(Setting.TOLERANCE, "Tolerance rtol = atol"));

    private final TrainingImages images;
    private final Executor reader;
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");

    /**
     * @param engine builds and trains sessions (one thread)
     * @param reader changes the solver between iterations (not the engine, which is busy training)
     */
    ClassifierTrainingViewModel(Executor engine, Executor reader, TrainingImages images) {
        super(engine, CONTROLS);
        this.images = images;
        this.reader = reader;
    }

    /** Why the last iteration failed (the weights were rolled back), or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    void dismissFailure() {
        failure.set("");
    }

    /** Throws the session away and builds a new model; charts and counters start over. */
    void reset(MnistExperiment experiment) {
        create("Reading MNIST and building the " + experiment.architecture().title() + "...",
                gen -> new ClassifierHandle(gen, new MnistSession(experiment, images.get())));
    }

    /** Opens a checkpoint written by {@code train mnist} or by Save; a file that cannot be opened leaves the session as it was. */
    void open(Path file) {
        load("Opening " + file.getFileName() + "...",
                gen -> new ClassifierHandle(gen, MnistSession.resume(file, images.get())),
                why -> "Could not open " + file.getFileName() + ": " + why + ". Open a checkpoint that the command"
                        + " train mnist wrote (checkpoint.ckpt or best.ckpt in its --out folder) or one saved from this tab.");
    }

    /** Solves the ODE block with {@code solver} from the next iteration on (after the one in progress). */
    void setSolver(BlockSolver solver) {
        ClassifierHandle h = session();
        if (h != null && h.session().config().architecture().hasOde()) {
            reader.execute(() -> h.session().setSolver(solver));
        }
    }

    @Override
    protected void iterated(TrainingSnapshot snapshot) {
        if (snapshot.failed()) {
            failure.set("Iteration " + snapshot.iteration() + " failed and the weights were rolled back: " + failure(snapshot));
        }
    }

    @Override
    protected void cleared() {
        failure.set("");
    }
}
