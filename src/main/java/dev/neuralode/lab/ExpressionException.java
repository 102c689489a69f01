package dev.neuralode.lab;

/**
 * A typed right-hand side that cannot be used: it does not parse, names an unknown variable or
 * function, or is not finite at the start. The message reads like
 * {@code dy2/dt, column 5: unknown variable y3 (the variables are t, y1, y2)}.
 */
public final class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int component;
    private final int column;
    private final String expression;
    private final String problem;

    /**
     * @param component the 0-based index of the component whose derivative the expression is
     * @param column the 1-based column of the fault, or 0 when the fault is the whole expression
     * @param expression the text as typed
     * @param problem what is wrong, without the position
     */
    public ExpressionException(int component, int column, String expression, String problem) {
        super("dy" + (component + 1) + "/dt" + (column > 0 ? ", column " + column : "") + ": " + problem);
        this.component = component;
        this.column = column;
        this.expression = expression;
        this.problem = problem;
    }

    /** The 0-based index of the component, so that {@code dy2/dt} is 1. */
    public int component() {
        return component;
    }

    /** The 1-based column of the fault, or 0 when the whole expression is at fault. */
    public int column() {
        return column;
    }

    /** The expression as typed. */
    public String expression() {
        return expression;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
