package dev.neuralode.train;

/**
 * A setting of an experiment config out of its range, naming the setting (its JSON property), the
 * value and what it must be, so that a command line can name its own flag instead.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String requirement;
    private final transient Object value;

    public InvalidSettingException(String property, Object value, String requirement) {
        super(property + " must be " + requirement + ", was " + value);
        this.property = property;
        this.value = value;
        this.requirement = requirement;
    }

    /** The config's property, such as {@code batchSize}. */
    public String property() {
        return property;
    }

    /** The same complaint about another name for the setting, such as a command-line flag. */
    public String messageFor(String name) {
        return name + " must be " + requirement + ", was " + value;
    }
}
