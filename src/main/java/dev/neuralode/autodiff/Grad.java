package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse-mode differentiation over the tape: vector-Jacobian products
 * {@code sum_j gradOutputs_j^T d outputs_j / d inputs_i} (PyTorch's {@code torch.autograd.grad}).
 *
 * <p>With {@code createGraph} the backward pass itself is recorded, so its results can be
 * differentiated again (needed for training a CNF through an exact trace). Without it, the
 * backward pass records nothing and its results are constants.
 */
public final class Grad {

    private Grad() {
    }

    /**
     * Gradients of the outputs with respect to the inputs.
     *
     * @param gradOutputs one per output with the output's shape, or {@code null} for all ones
     * @param allowUnused when an input does not influence any output: {@code true} gives
     *                    {@code null} for it, {@code false} throws
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                    boolean createGraph, boolean allowUnused) {
        if (gradOutputs != null && gradOutputs.size() != outputs.size()) {
            throw new IllegalArgumentException("grad: " + gradOutputs.size() + " gradOutputs for " + outputs.size() + " outputs");
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (!inputs.get(i).requiresGrad()) {
                throw new IllegalArgumentException("grad: input " + i + " " + inputs.get(i)
                        + " does not require a gradient; create it with Tensor.variable(...) or asVariable()");
            }
        }
        Map<Tensor, Tensor> grads = propagate(outputs, gradOutputs, createGraph, Set.copyOf(identities(inputs)), true);
        List<Tensor> result = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Tensor g = grads.get(inputs.get(i));
            if (g == null && !allowUnused) {
                throw new IllegalArgumentException("grad: input " + i + " " + inputs.get(i)
                        + " is not used to compute the outputs; pass allowUnused = true to get null for it");
            }
            result.add(g);
        }
        return result;
    }

    /** The gradient of one scalar output with respect to one input. */
    public static Tensor grad(Tensor output, Tensor input, boolean createGraph) {
        return grad(List.of(output), List.of(input), null, createGraph, false).get(0);
    }

    /** Backpropagates from a one-element tensor into the {@code grad()} of every leaf that requires one. */
    static void backward(Tensor root) {
        if (root.length() != 1) {
            throw new IllegalArgumentException("backward: needs a one-element tensor (a loss), shape was "
                    + Shapes.str(root.shape()) + "; sum it first or use Grad.grad with gradOutputs");
        }
        if (!root.requiresGrad()) {
            throw new IllegalArgumentException("backward: the tensor does not depend on anything that requires a gradient");
        }
        Map<Tensor, Tensor> grads = propagate(List.of(root), null, false, Collections.emptySet(), false);
        for (Map.Entry<Tensor, Tensor> e : grads.entrySet()) {
            if (e.getKey().isLeaf()) {
                e.getKey().accumulateGrad(e.getValue());
            }
        }
    }

    private static List<IdentityKey> identities(List<Tensor> tensors) {
        List<IdentityKey> keys = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            keys.add(new IdentityKey(t));
        }
        return keys;
    }

    /**
     * Runs the backward pass; the result maps each reached leaf (and each tensor in {@code keep}) to its
     * gradient. With {@code prune}, only paths that lead to a tensor in {@code keep} are followed: a
     * vector-Jacobian product with respect to z then skips every weight gradient on the way, as
     * PyTorch's {@code autograd.grad} does (the exact trace of a CNF takes one such product per
     * dimension).
     */
    private static Map<Tensor, Tensor> propagate(List<Tensor> outputs, List<Tensor> gradOutputs, boolean createGraph,
                                                 Set<IdentityKey> keep, boolean prune) {
        Map<Tensor, Tensor> grads = new IdentityHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            Tensor out = outputs.get(i);
            Tensor seed = gradOutputs == null || gradOutputs.get(i) == null
                    ? Tensor.ones(out.dtype(), out.shape()) : gradOutputs.get(i);
            if (!Arrays.equals(seed.shape(), out.shape())) {
                throw new IllegalArgumentException("grad: gradOutputs[" + i + "] has shape " + Shapes.str(seed.shape())
                        + " but output " + i + " has shape " + Shapes.str(out.shape()));
            }
            if (out.requiresGrad()) {
                accumulate(grads, out, seed);
            }
        }
        List<Tensor> order = topologicalOrder(outputs);
        Set<Tensor> reaching = prune ? reaching(order, keep) : null;
        try (GradMode mode = createGraph ? GradMode.enabled() : GradMode.disabled()) {
            for (int k = order.size() - 1; k >= 0; k--) {
                Tensor t = order.get(k);
                Tensor g = keep.contains(new IdentityKey(t)) ? grads.get(t) : grads.remove(t);
                if (g == null) {
                    continue;
                }
                Op op = t.op();
                boolean[] wanted = new boolean[op.inputs.length];
                for (int i = 0; i < wanted.length; i++) {
                    Tensor input = op.inputs[i];
                    wanted[i] = input.requiresGrad() && (reaching == null || reaching.contains(input));
                }
                Tensor[] inputGrads = op.backward(g, wanted);
                for (int i = 0; i < op.inputs.length; i++) {
                    Tensor input = op.inputs[i];
                    if (inputGrads[i] != null && wanted[i]) {
                        if (!Arrays.equals(inputGrads[i].shape(), input.shape())) {
                            throw new IllegalStateException(op.name() + ": backward gave shape " + Shapes.str(inputGrads[i].shape())
                                    + " for an input of shape " + Shapes.str(input.shape()));
                        }
                        accumulate(grads, input, inputGrads[i]);
                    }
                }
            }
        }
        return grads;
    }

    /** The tensors from which some tensor in {@code targets} can be reached backwards (the targets included). */
    private static Set<Tensor> reaching(List<Tensor> order, Set<IdentityKey> targets) {
        Set<Tensor> reach = Collections.newSetFromMap(new IdentityHashMap<>());
        for (IdentityKey k : targets) {
            reach.add(k.tensor());
        }
        // Inputs come before the tensors computed from them, so one forward sweep settles every tensor.
        for (Tensor t : order) {
            for (Tensor in : t.op().inputs) {
                if (reach.contains(in)) {
                    reach.add(t);
                    break;
                }
            }
        }
        return reach;
    }

    private static void accumulate(Map<Tensor, Tensor> grads, Tensor t, Tensor g) {
        grads.merge(t, g, Tensor::add);
    }

    /** Recorded tensors reachable from the outputs, each after all tensors it depends on (iterative DFS). */
    private static List<Tensor> topologicalOrder(List<Tensor> outputs) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        for (Tensor out : outputs) {
            if (out.op() != null && visited.add(out)) {
                stack.push(new Object[] {out, 0});
            }
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                Tensor t = (Tensor) frame[0];
                int next = (Integer) frame[1];
                Tensor[] inputs = t.op().inputs;
                if (next < inputs.length) {
                    frame[1] = next + 1;
                    Tensor in = inputs[next];
                    if (in.op() != null && in.requiresGrad() && visited.add(in)) {
                        stack.push(new Object[] {in, 0});
                    }
                } else {
                    stack.pop();
                    order.add(t);
                }
            }
        }
        return order;
    }

    /** Identity (not equality) of a tensor, for sets of inputs to keep. */
    private record IdentityKey(Tensor tensor) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.tensor == tensor;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tensor);
        }
    }
}
