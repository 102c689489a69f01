package dev.neuralode.lab;

/**
 * A parameter of a lab problem, shown as a slider.
 *
 * @param name the key used on the command line ({@code --param name=value})
 * @param label what the slider says, with units if any
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param defaultValue the value a problem starts with
 * @param logScale whether the slider moves in log scale (a parameter spanning decades, such as mu)
 */
public record Parameter(String name, String label, double min, double max, double defaultValue, boolean logScale) {

    public Parameter {
        if (!(min <= defaultValue && defaultValue <= max) || logScale && !(min > 0)) {
            throw new IllegalArgumentException("parameter " + name + ": need min <= default <= max (and min > 0 on a log"
                    + " scale), were " + min + ", " + defaultValue + ", " + max);
        }
    }

    /** A linear-scale parameter. */
    public static Parameter linear(String name, String label, double min, double max, double defaultValue) {
        return new Parameter(name, label, min, max, defaultValue, false);
    }

    /** A log-scale parameter. */
    public static Parameter log(String name, String label, double min, double max, double defaultValue) {
        return new Parameter(name, label, min, max, defaultValue, true);
    }

    /** Whether {@code v} is allowed. */
    public boolean allows(double v) {
        return v >= min && v <= max;
    }
}
