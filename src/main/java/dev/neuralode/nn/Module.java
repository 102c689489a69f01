package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A building block with named parameters and named child modules, as in PyTorch's
 * {@code nn.Module}: a parameter's full name joins the names on its path with dots
 * ({@code net.0.weight}), in registration order, so a PyTorch {@code state_dict} and this
 * module's {@link #stateDict()} use the same keys when the modules are built alike.
 *
 * <p>Subclasses register their parameters and children in their constructor. A module is in
 * training mode until {@link #eval()} is called; the flag reaches every descendant.
 */
public abstract class Module {

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** Registers a parameter holding {@code initial} under {@code name} and returns it. */
    protected final Parameter registerParameter(String name, Tensor initial) {
        requireFreeName(name);
        Parameter p = new Parameter(initial);
        parameters.put(name, p);
        return p;
    }

    /** Registers a child module under {@code name} and returns it. */
    protected final <M extends Module> M registerModule(String name, M module) {
        requireFreeName(name);
        if (module == null || module == this) {
            throw new IllegalArgumentException("module '" + name + "' must be another, non-null module");
        }
        children.put(name, module);
        module.train(training);
        return module;
    }

    private void requireFreeName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("a parameter or module name must be non-empty and contain no '.', was '" + name + "'");
        }
        if (parameters.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("the name '" + name + "' is already registered in " + getClass().getSimpleName());
        }
    }

    /** The direct children, by name, in registration order. */
    public final Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /** Every parameter of this module and its descendants, by dotted name, in registration order. */
    public final Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        collect("", out);
        return Collections.unmodifiableMap(out);
    }

    private void collect(String prefix, Map<String, Parameter> out) {
        parameters.forEach((name, p) -> out.put(prefix + name, p));
        children.forEach((name, child) -> child.collect(prefix + name + ".", out));
    }

    /** Every parameter, in the order of {@link #namedParameters()}. */
    public final List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /**
     * The parameter with the given dotted name.
     *
     * @throws IllegalArgumentException listing the names there are when there is no such parameter
     */
    public final Parameter parameter(String name) {
        Parameter p = namedParameters().get(name);
        if (p == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no parameter '" + name
                    + "'; its parameters are " + namedParameters().keySet());
        }
        return p;
    }

    /** The number of trainable scalars. */
    public final long parameterCount() {
        long n = 0;
        for (Parameter p : namedParameters().values()) {
            n += p.length();
        }
        return n;
    }

    /**
     * The state dict: each parameter's current values by dotted name, in registration order, as
     * constants.
     */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        namedParameters().forEach((name, p) -> out.put(name, p.value()));
        return out;
    }

    /**
     * Sets every parameter from {@code state}, which must have exactly this module's keys and
     * shapes (values are converted to each parameter's dtype and copied).
     *
     * @throws IllegalArgumentException listing every missing key, extra key and shape mismatch,
     *                                  each with its expected and actual shape; nothing is changed then
     */
    public final void loadStateDict(Map<String, Tensor> state) {
        Map<String, Parameter> own = namedParameters();
        StateDicts.requireMatch(own, state);
        own.forEach((name, p) -> p.set(state.get(name).detach().to(p.dtype())));
    }

    /** Writes the state dict as a NumPy {@code .npz} archive, atomically (see {@link Npz#write}). */
    public final void save(Path path) throws IOException {
        Npz.write(path, stateDict());
    }

    /** Reads a {@code .npz} state dict (such as one saved from PyTorch with NumPy) into this module. */
    public final void load(Path path) throws IOException {
        Map<String, Tensor> state = Npz.read(path);
        try {
            loadStateDict(state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    /** Converts every parameter to {@code dtype} (fresh leaves without gradients) and returns this module. */
    public final Module to(DType dtype) {
        for (Parameter p : namedParameters().values()) {
            if (p.dtype() != dtype) {
                p.replaceWithDtype(dtype);
            }
        }
        return this;
    }

    /** Forgets the gradients of every parameter. */
    public final void zeroGrad() {
        namedParameters().values().forEach(Parameter::zeroGrad);
    }

    /** Sets training mode on this module and every descendant, and returns this module. */
    public final Module train(boolean on) {
        training = on;
        children.values().forEach(child -> child.train(on));
        return this;
    }

    public final Module train() {
        return train(true);
    }

    /** Evaluation mode: {@code train(false)}. */
    public final Module eval() {
        return train(false);
    }

    public final boolean isTraining() {
        return training;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + namedParameters().keySet();
    }
}
