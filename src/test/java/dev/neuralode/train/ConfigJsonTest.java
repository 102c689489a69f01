package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A config file's faults are named by property and what it must be, never by a Java type. */
class ConfigJsonTest {

    private static String refused(String json) {
        return assertThrows(IllegalArgumentException.class, () -> Flow2dExperiment.fromJson(json)).getMessage();
    }

    private static String defaultsWith(String property, String value) {
        return Flow2dExperiment.defaults().toJson().replaceFirst("\"" + property + "\" : [^,\\n]+", "\"" + property + "\" : " + value);
    }

    @Test
    void aFractionForAWholeNumberIsNamedNotRoundedDown() {
        assertEquals("not a valid experiment config: property 'iterations' must be a whole number, was 64.7",
                refused(defaultsWith("iterations", "64.7")));
    }

    @Test
    void textForANumberAndANumberForTextAreNamed() {
        assertEquals("not a valid experiment config: property 'rtol' must be a number, was \"fast\"",
                refused(defaultsWith("rtol", "\"fast\"")));
        assertEquals("not a valid experiment config: property 'adjoint' must be true or false, was \"yes\"",
                refused(defaultsWith("adjoint", "\"yes\"")));
    }

    @Test
    void nullAndAnArrayAreNotConfigs() {
        assertEquals("not a valid experiment config: expected a JSON object { ... }", refused("null"));
        assertEquals("not a valid experiment config: expected a JSON object { ... }", refused("[1, 2]"));
    }
}
