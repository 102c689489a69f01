package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * Robertson's chemical kinetics (H. H. Robertson, The solution of a set of reaction rate equations,
 * in Numerical Analysis, Academic Press 1966, 178-182), the classical stiff test problem of Hairer and
 * Wanner, Solving Ordinary Differential Equations II, 2nd ed., Springer 1996, Section IV.1:
 * <pre>
 *   y1' = -0.04 y1 + 1e4 y2 y3
 *   y2' =  0.04 y1 - 1e4 y2 y3 - 3e7 y2^2
 *   y3' =  3e7 y2^2
 * </pre>
 * from {@code (1, 0, 0)}. After a transient of about 1e-3 the solution is smooth, yet the fast
 * reactions keep an eigenvalue of the Jacobian of order -1e3 to -1e4 (growing with {@code y3}), so an
 * explicit method's step stays bounded by stability: dopri5 attempts about 800 steps to reach t = 1 at
 * rtol 1e-8 and more (about 1100, a third of them rejected) at rtol 1e-3. The classical horizon is 40 (and up to 1e11); here
 * the end time is a parameter of at most {@value #MAX_END}, so that an explicit method still finishes
 * in a short solve and the dopri8 reference in a long one. It has no closed form; the
 * reference is dopri8 at 1e-13. The sum {@code y1 + y2 + y3} is conserved (mass) and its drift shown.
 */
final class Robertson implements LabProblem {

    static final double MAX_END = 40;

    @Override
    public String name() {
        return "robertson";
    }

    @Override
    public String title() {
        return "Robertson kinetics";
    }

    @Override
    public String description() {
        return "Three reactions with rates from 0.04 to 3e7: the classical stiff problem. The solution is smooth after"
                + " a brief transient, yet an explicit method keeps tiny steps for stability and rejects many of them.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.log("t1", "end time t1", 0.01, MAX_END, 1));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        Rhs f = (t, y, dy) -> {
            double slow = 0.04 * y[0];
            double back = 1e4 * y[1] * y[2];
            double fast = 3e7 * y[1] * y[1];
            dy[0] = -slow + back;
            dy[1] = slow - back - fast;
            dy[2] = fast;
        };
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("y1", "y2", "y3"), 0, v.get("t1"), new double[] {1, 0, 0},
                f, null, null, List.of(new Invariant("mass", y -> y[0] + y[1] + y[2])), null, null);
    }
}
