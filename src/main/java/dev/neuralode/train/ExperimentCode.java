package dev.neuralode.train;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A density experiment's config and seeds as one short line that can be copied, shared and pasted
 * to reproduce a run, as TensorFlow Playground keeps its whole state in its address:
 * {@code cnf1:dataset=moons;noise=1.5;rtol=1e-3;seed=0;dataSeed=7}.
 *
 * <p>A code names the fields that differ from a fixed baseline (the settings of version 1, which
 * stay as they are whatever later defaults become), and always the dataset and both seeds. Field
 * names are the config's own ({@link CnfExperiment}), in its order. Drawn points are not in a code:
 * a code for {@code dataset=custom} reproduces the settings, and the points come from a saved
 * experiment file.
 */
public final class ExperimentCode {

    /** What every code starts with: the format and its version. */
    public static final String PREFIX = "cnf1:";

    /** The settings a version-1 code is a difference from. Never change it: old codes would change meaning. */
    private static final CnfExperiment BASELINE = new CnfExperiment("moons", "mle", null, "hyper", 64, 32, List.of(64, 64, 64),
            "tanh", 10.0, false, 32, 0.1, "exact", 0, 0, "dopri5", 1e-5, 1e-5, 10_000, "adjoint", 1e-3, 512, 0, "float32", 1.0, 0, "adam");
    private static final Set<String> ALWAYS = Set.of("dataset", "seed", "dataSeed");
    private static final RecordComponent[] FIELDS = CnfExperiment.class.getRecordComponents();

    private ExperimentCode() {
    }

    /** The code of a config: {@link #PREFIX}, then {@code field=value} pairs separated by {@code ;}. */
    public static String of(CnfExperiment config) {
        List<String> pairs = new ArrayList<>();
        for (RecordComponent f : FIELDS) {
            Object value = read(f, config);
            if (value != null && (ALWAYS.contains(f.getName()) || !Objects.equals(value, read(f, BASELINE)))) {
                pairs.add(f.getName() + "=" + format(value));
            }
        }
        return PREFIX + String.join(";", pairs);
    }

    /**
     * The config a code describes: the baseline with the code's fields in place.
     *
     * @throws IllegalArgumentException naming the field and the fix when the code is malformed, names
     *                                  an unknown field or twice the same one, or holds a value out of range
     */
    public static CnfExperiment parse(String code) {
        String text = code == null ? "" : code.strip();
        if (!text.startsWith(PREFIX)) {
            String start = text.length() > 12 ? text.substring(0, 12) + "..." : text;
            throw new IllegalArgumentException("an experiment code starts with " + PREFIX + " but this one "
                    + (text.isEmpty() ? "is empty" : "starts with '" + start + "'") + "; copy the whole code");
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String pair : text.substring(PREFIX.length()).split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + pair.strip() + "' in the experiment code is not field=value;"
                        + " separate the fields with ;");
            }
            String name = pair.substring(0, eq).strip();
            if (given.put(name, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("the field '" + name + "' appears twice in the experiment code; keep one");
            }
        }
        Object[] values = new Object[FIELDS.length];
        Class<?>[] types = new Class<?>[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            RecordComponent f = FIELDS[i];
            types[i] = f.getType();
            String raw = given.remove(f.getName());
            values[i] = raw == null ? read(f, BASELINE) : parseValue(f, raw);
        }
        if (!given.isEmpty()) {
            String unknown = given.keySet().iterator().next();
            throw new IllegalArgumentException("the experiment code has an unknown field '" + unknown + "'; the fields are "
                    + String.join(", ", Arrays.stream(FIELDS).map(RecordComponent::getName).toList()));
        }
        return construct(types, values);
    }

    private static Object parseValue(RecordComponent f, String text) {
        Class<?> type = f.getType();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the field '" + f.getName() + "' in the experiment code has no value;"
                    + " write " + f.getName() + "=<value> or leave it out");
        }
        try {
            if (type == String.class) {
                return text;
            } else if (type == int.class) {
                return Integer.parseInt(text);
            } else if (type == long.class) {
                return Long.parseLong(text);
            } else if (type == double.class) {
                return Double.parseDouble(text);
            } else if (type == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new NumberFormatException(text);
                }
                return Boolean.parseBoolean(text);
            } else {
                return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the field '" + f.getName() + "' in the experiment code must be "
                    + expected(type) + ", was '" + text + "'", e);
        }
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class) {
            return "a whole number such as 64";
        } else if (type == double.class) {
            return "a number such as 0.5 or 1e-5";
        } else if (type == boolean.class) {
            return "true or false";
        }
        return "whole numbers separated by commas, such as 64,64,64";
    }

    /** Doubles in their shortest exact form, with small exponents: 1e-5, 0.5, 10. */
    private static String format(Object value) {
        if (value instanceof Double d) {
            String s = Double.toString(d).replace("E", "e").replace(".0e", "e");
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static Object read(RecordComponent f, CnfExperiment c) {
        try {
            return f.getAccessor().invoke(c);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor is public and does not throw", e);
        }
    }

    private static CnfExperiment construct(Class<?>[] types, Object[] values) {
        try {
            Constructor<CnfExperiment> canonical = CnfExperiment.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new IllegalArgumentException("in the experiment code, " + invalid.getMessage(), invalid);
            }
            throw new IllegalStateException("the config could not be built", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record has a public canonical constructor", e);
        }
    }
}
