package dev.neuralode.train;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Which experiment a checkpoint holds, marked in its progress file as {@code experiment=<id>}: a
 * checkpoint given to the wrong command is then refused by name, instead of by a config error about a
 * property that only the other experiment has. Files written before the mark are read as the kind
 * asked for (their config must still parse); latent ODE checkpoints have always carried it.
 */
enum CheckpointKind {
    DENSITY("density", "a density flow", "train cnf or the Density flows tab", false),
    PLANE_FLOW("flow2d", "a flow that classifies points of the plane", "train flow2d", false),
    CLASSIFIER("mnist", "an MNIST classifier", "train mnist or the Classifier tab", false),
    LATENT("latent", "a latent ODE", "the Latent ODE tab", true);

    private static final String KEY = "experiment";

    private final String id;
    private final String what;
    private final String writtenBy;
    private final boolean alwaysMarked;

    CheckpointKind(String id, String what, String writtenBy, boolean alwaysMarked) {
        this.id = id;
        this.what = what;
        this.writtenBy = writtenBy;
        this.alwaysMarked = alwaysMarked;
    }

    /** The progress entry that marks a checkpoint of this kind. */
    Map<String, String> mark() {
        return Map.of(KEY, id);
    }

    /** What to give instead of a checkpoint that cannot be used here. */
    String fix() {
        return "give a checkpoint.ckpt written by " + writtenBy;
    }

    /**
     * @param file     names the checkpoint in the message
     * @param progress the checkpoint's progress entries
     * @throws IOException naming what the checkpoint holds and where a checkpoint of this kind comes from
     */
    void check(String file, Map<String, String> progress) throws IOException {
        String found = progress.get(KEY);
        if (found == null ? alwaysMarked : !found.equals(id)) {
            String held = found == null ? "an experiment without a mark of its kind (written by another tab or an older version)"
                    : Arrays.stream(values()).filter(k -> k.id.equals(found)).findFirst()
                            .map(k -> k.what + ", written by " + k.writtenBy)
                            .orElse("an experiment of kind '" + found + "', unknown to this version");
            throw new IOException(file + " holds " + held + ", not " + what + ": " + fix());
        }
    }
}
