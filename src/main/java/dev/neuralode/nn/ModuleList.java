package dev.neuralode.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Modules held in a list and registered under {@code "0"}, {@code "1"}, ... with no forward of
 * its own, as PyTorch's {@code nn.ModuleList} (FFJORD's {@code ODEnet} keeps its layers in one,
 * hence names such as {@code layers.0._layer.weight}).
 */
public final class ModuleList<M extends Module> extends Module {

    private final List<M> modules = new ArrayList<>();

    @SafeVarargs
    public ModuleList(M... modules) {
        for (M m : modules) {
            add(m);
        }
    }

    /** Appends a module under the next index and returns it. */
    public M add(M module) {
        modules.add(registerModule(Integer.toString(modules.size()), module));
        return module;
    }

    public M get(int index) {
        return modules.get(index);
    }

    public int size() {
        return modules.size();
    }

    public List<M> modules() {
        return Collections.unmodifiableList(modules);
    }
}
