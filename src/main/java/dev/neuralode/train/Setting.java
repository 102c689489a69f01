package dev.neuralode.train;

/**
 * A training setting that a failure's remedy asks the user to change. Each front end names it in its
 * own words ({@link Advice#render}): a flag on the command line, a control in the window.
 */
public enum Setting {
    LEARNING_RATE("the learning rate"),
    TOLERANCE("the tolerances"),
    MAX_STEPS("the step limit"),
    KINETIC("the kinetic regularisation weight"),
    DTYPE("the precision");

    private final String words;

    Setting(String words) {
        this.words = words;
    }

    /** The setting in plain words, for a front end that has no name of its own for it. */
    public String words() {
        return words;
    }
}
