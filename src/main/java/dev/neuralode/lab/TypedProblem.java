package dev.neuralode.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parsii.eval.Expression;
import parsii.eval.Parser;
import parsii.eval.Scope;
import parsii.eval.Variable;
import parsii.tokenizer.ParseError;
import parsii.tokenizer.ParseException;

/**
 * A problem typed as text: {@code dy_i/dt = f_i(t, y1, ..., yn)}, one expression per component, with
 * an initial state and an interval. The expressions are parsed once by parsii into trees that
 * evaluate on doubles; they may use {@code t}, {@code y1} to {@code yn}, the constants {@code pi} and
 * {@code euler}, the operators {@code + - * / % ^} and parsii's functions ({@code sin}, {@code exp},
 * {@code ln} the natural logarithm, {@code log} the decimal one, {@code sqrt}, {@code min}, ...). A
 * minus in front of a power is refused: parsii would read {@code -y1^2} as {@code (-y1)^2}.
 * There is no closed form; the reference is dopri8 at 1e-13.
 *
 * <p>Threads: the parsed trees read their variables from parsii {@link Variable}s, which are mutable
 * and shared by all components, so an evaluation sets them and then reads them. The right-hand side
 * therefore evaluates under its own lock: solves of one typed problem on several threads (the
 * window's solve beside its reference, say) take turns instead of reading each other's state.
 */
public final class TypedProblem implements LabProblem {

    private static final Pattern POSITION = Pattern.compile("^\\s*\\d+:\\s*\\d+:\\s*");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown (variable|function): '(.*)'");
    // parsii's rnd() is a random number: a right-hand side with it has no solution to converge to.
    private static final Pattern RANDOM = Pattern.compile("\\brnd\\s*\\(");
    // parsii binds a leading minus tighter than ^, so -y1^2 would be (-y1)^2: such a minus before an operand (a
    // name, a number, a call or a bracket, one level deep) that is raised to a power is refused rather than guessed.
    private static final Pattern MINUS_POWER = Pattern.compile("(?:^|[-+*/%^(,])\\s*(-)\\s*(?:[A-Za-z_]\\w*(?:\\s*\\([^()]*\\))?"
            + "|\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?|\\([^()]*\\))\\s*\\^");
    private static final String FUNCTIONS = "sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, exp, ln, log"
            + " (base 10), sqrt, pow, abs, sign, min, max, floor, ceil, round, deg, rad, if";

    private final List<String> expressions;
    private final double[] y0;
    private final double t0;
    private final double t1;
    private final Compiled rhs;

    private TypedProblem(List<String> expressions, double[] y0, double t0, double t1, Compiled rhs) {
        this.expressions = expressions;
        this.y0 = y0;
        this.t0 = t0;
        this.t1 = t1;
        this.rhs = rhs;
    }

    /**
     * The problem {@code dy_i/dt = expressions[i]}, {@code y(t0) = y0} on {@code [t0, t1]}.
     *
     * @throws ExpressionException naming the component and column of an expression that does not parse,
     *     or one that is not finite at the start
     * @throws IllegalArgumentException when the counts of expressions and start values differ, or the
     *     start or the interval is not finite and forward
     */
    public static TypedProblem of(List<String> expressions, double[] y0, double t0, double t1) {
        List<String> texts = List.copyOf(expressions);
        if (texts.isEmpty() || texts.size() != y0.length) {
            throw new IllegalArgumentException("a typed problem needs one expression per component of the start: "
                    + texts.size() + " expressions for " + y0.length + " start values");
        }
        if (!Arrays.stream(y0).allMatch(Double::isFinite) || !Double.isFinite(t0) || !Double.isFinite(t1) || !(t1 > t0)) {
            throw new IllegalArgumentException("a typed problem needs a finite start and an interval [t0, t1] with"
                    + " t0 < t1, had y0 = " + Arrays.toString(y0) + " on [" + t0 + ", " + t1 + "]");
        }
        Compiled rhs = new Compiled(texts);
        double[] dy = new double[y0.length];
        rhs.derivative(t0, y0, dy);
        for (int i = 0; i < dy.length; i++) {
            if (!Double.isFinite(dy[i])) {
                throw new ExpressionException(i, 0, texts.get(i), "is " + dy[i] + " at the start (t = " + t0 + ", "
                        + stateList(y0) + "): change the expression or the start");
            }
        }
        return new TypedProblem(texts, y0.clone(), t0, t1, rhs);
    }

    /** The expressions as typed, {@code dy1/dt} first. */
    public List<String> expressions() {
        return expressions;
    }

    @Override
    public String name() {
        return "typed";
    }

    @Override
    public String title() {
        return "Typed problem";
    }

    @Override
    public String description() {
        return "Your own right-hand side, measured against dopri8 at 1e-13.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        resolve(values);
        StringJoiner title = new StringJoiner(", ", title() + " (", ")");
        for (int i = 0; i < expressions.size(); i++) {
            title.add("dy" + (i + 1) + "/dt = " + expressions.get(i));
        }
        title.add("y(" + t0 + ") = " + Arrays.toString(y0)).add("t1 = " + t1);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= y0.length; i++) {
            names.add("y" + i);
        }
        return OdeSystem.of(title.toString(), names, t0, t1, y0, rhs, null);
    }

    /** {@code y1 = v1, y2 = v2, ...}, for messages about the start. */
    private static String stateList(double[] values) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < values.length; i++) {
            j.add("y" + (i + 1) + " = " + values[i]);
        }
        return j.toString();
    }

    /** {@code t, y1, ..., yn}: the names an expression may use. */
    private static String variableNames(int n) {
        StringJoiner j = new StringJoiner(", ").add("t");
        for (int i = 1; i <= n; i++) {
            j.add("y" + i);
        }
        return j.toString();
    }

    /** The parsed expressions over one scope of variables {@code t, y1, ..., yn}. */
    private static final class Compiled implements Rhs {

        private final Variable t;
        private final Variable[] y;
        private final Expression[] f;

        Compiled(List<String> texts) {
            int n = texts.size();
            Scope scope = new Scope().withStrictLookup(true);
            t = scope.create("t");
            y = new Variable[n];
            for (int i = 0; i < n; i++) {
                y[i] = scope.create("y" + (i + 1));
            }
            f = new Expression[n];
            for (int i = 0; i < n; i++) {
                f[i] = parse(i, texts.get(i), scope, n);
            }
        }

        @Override
        public synchronized void derivative(double time, double[] state, double[] dy) {
            t.setValue(time);
            for (int i = 0; i < y.length; i++) {
                y[i].setValue(state[i]);
            }
            for (int i = 0; i < f.length; i++) {
                dy[i] = f[i].evaluate();
            }
        }

        private static Expression parse(int component, String text, Scope scope, int n) {
            Matcher random = RANDOM.matcher(text);
            if (random.find()) {
                throw new ExpressionException(component, random.start() + 1, text, "rnd is a random number; a right-hand"
                        + " side must be a function of t and the state alone");
            }
            Matcher minus = MINUS_POWER.matcher(text);
            if (minus.find()) {
                throw new ExpressionException(component, minus.start(1) + 1, text, "parsii reads a leading minus before"
                        + " ^ as part of the base, so -x^2 would be (-x)^2: write -(x^2) or (-x)^2");
            }
            try {
                return Parser.parse(text, scope);
            } catch (ParseException e) {
                ParseError first = e.getErrors().stream().filter(p -> p.getSeverity() == ParseError.Severity.ERROR)
                        .findFirst().orElse(e.getErrors().get(0));
                throw new ExpressionException(component, Math.max(1, first.getPosition().getPos()), text,
                        explain(first.getMessage(), n));
            }
        }

        /** parsii's message without its own line and column, in the lab's words where it names a symbol. */
        private static String explain(String message, int n) {
            String m = POSITION.matcher(message).replaceFirst("");
            Matcher unknown = UNKNOWN.matcher(m);
            if (unknown.find()) {
                return "variable".equals(unknown.group(1))
                        ? "unknown variable " + unknown.group(2) + " (the variables are " + variableNames(n) + ")"
                        : "unknown function " + unknown.group(2) + " (the functions are " + FUNCTIONS + ")";
            }
            return m.isEmpty() ? "cannot be parsed" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
        }
    }
}
