package dev.neuralode.ode;

import java.util.List;

/** A method name that no solver answers to; the message lists the valid names. */
public final class UnknownMethodException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    private final String name;

    public UnknownMethodException(String name, List<String> validNames) {
        super("unknown ODE method '" + name + "'; valid methods are " + String.join(", ", validNames), Double.NaN);
        this.name = name;
    }

    /** The name that was asked for. */
    public String name() {
        return name;
    }
}
