package dev.neuralode.train;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON form of experiment configs (records): indented, strict on reading (an unknown, missing or
 * null property is an error naming it), so that a config round-trips exactly and a typo never passes
 * silently.
 */
final class ConfigJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // 64.7 for an iteration count is a mistake to name, not a value to round down.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private static final Pattern MISSING = Pattern.compile("Missing creator property '([^']+)'");

    private ConfigJson() {
    }

    static String write(Object config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config always serialises", e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the property when the JSON is malformed, has an unknown
     *                                  or missing property, or a value out of range
     */
    static <T> T read(String json, Class<T> type) {
        return read(json, type, Map.of());
    }

    /**
     * As {@link #read(String, Class)}, but a property missing from the JSON takes its value from
     * {@code added}: fields added to a config after files were saved without them, so that old files
     * still open, while a property missing for any other reason is still an error.
     */
    static <T> T read(String json, Class<T> type, Map<String, Object> added) {
        JsonNode tree = null;
        try {
            tree = JSON.readTree(json);
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalArgumentException("not a valid experiment config: expected a JSON object { ... }");
            }
            added.forEach((name, value) -> {
                if (!object.has(name)) {
                    object.set(name, JSON.valueToTree(value));
                }
            });
            return JSON.treeToValue(object, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("not a valid experiment config: unknown property '" + e.getPropertyName()
                    + "'; remove it or check its spelling", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid experiment config: " + problem(e, tree), e);
        }
    }

    /** What is wrong, in the terms of the file: the property and what it must be, never a Java type. */
    private static String problem(JsonProcessingException e, JsonNode tree) {
        if (e instanceof JsonParseException p) {
            return "it is not well-formed JSON at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                    + " (" + p.getOriginalMessage().lines().findFirst().orElse("") + "); mend it, or start again from the"
                    + " config.json of a run";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty() && tree != null
                && tree.has(m.getPath().get(0).getFieldName())) {
            String name = m.getPath().get(0).getFieldName();
            Class<?> target = m.getTargetType();
            boolean whole = target == int.class || target == long.class || target == Integer.class || target == Long.class;
            String kind = whole ? "a whole number" : target == double.class || target == Double.class ? "a number"
                    : target == boolean.class || target == Boolean.class ? "true or false" : target == String.class ? "text in quotes"
                    : "of another kind";
            return "property '" + name + "' must be " + kind + ", was " + tree.get(name);
        }
        String problem = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
        Matcher missing = MISSING.matcher(problem);
        if (missing.find()) {
            problem = "property '" + missing.group(1) + "' is missing";
        }
        return problem.lines().findFirst().orElse("");
    }
}
