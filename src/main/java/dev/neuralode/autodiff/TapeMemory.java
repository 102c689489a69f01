package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What the tape behind a tensor holds: every tensor reachable from it through the recorded ops
 * (their inputs and outputs), counted once per storage, as element bytes. This is the memory a
 * backward pass from that tensor keeps alive, measured without a garbage collection, so it is exact
 * and repeatable where heap figures are not: the solver lab draws it to show that direct
 * backpropagation through an ODE solve grows with the number of steps while the adjoint's single
 * node does not (Chen et al., 2018, section 2). Not counted: Java object headers and what a custom
 * op keeps privately (the checkpointed adjoint reports its stored states itself).
 */
public final class TapeMemory {

    private TapeMemory() {
    }

    /** The element bytes of every distinct storage on the tape that produced {@code root}, root included. */
    public static long bytes(Tensor root) {
        Set<Storage> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Op> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> pending = new ArrayDeque<>();
        pending.push(root);
        long total = 0;
        // An explicit stack: a direct solve's tape is thousands of ops deep, too deep to recurse.
        while (!pending.isEmpty()) {
            Tensor t = pending.pop();
            Storage s = t.storage();
            if (counted.add(s)) {
                total += s.length() * (s.dtype() == DType.FLOAT64 ? Double.BYTES : Float.BYTES);
            }
            Op op = t.op();
            if (op != null && visited.add(op)) {
                for (Tensor input : op.inputs) {
                    pending.push(input);
                }
                if (op.out != null && op.out != t) {
                    pending.push(op.out);
                }
            }
        }
        return total;
    }
}
