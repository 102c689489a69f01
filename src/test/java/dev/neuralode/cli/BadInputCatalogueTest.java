package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@link BadInputCatalogue}, in-process, against the same promises: the documented exit
 * code, one message that names the problem and the fix, no stack trace or Java text, and an existing
 * run directory given to the command left byte for byte as it was.
 */
class BadInputCatalogueTest {

    /** Text that only a stack trace or a Java exception's own message prints. */
    private static final List<String> JAVA_TEXT = List.of("\tat ", "Exception", "java.", "javax.", "Caused by");

    @TempDir
    static Path shared;

    private static Path referenceRun;
    private static Path flow2dCheckpoint;

    @TempDir
    Path dir;

    /** One small run of each kind, trained once for the whole catalogue; each case works on its own copy of the density run. */
    @BeforeAll
    static void trainReferenceRuns() {
        CliRun cli = new CliRun();
        referenceRun = shared.resolve("run");
        assertEquals(0, cli.run("train", "cnf", "--dataset", "moons", "--iters", "2", "--width", "8", "--hidden", "4", "--batch", "32",
                "--rtol", "1e-3", "--atol", "1e-3", "--grid", "4", "--out", referenceRun.toString()), cli.err());
        Path flow2d = shared.resolve("flow2d");
        assertEquals(0, cli.run("train", "flow2d", "--iterations", "2", "--points", "100", "--width", "8", "--batch", "32",
                "--out", flow2d.toString()), cli.err());
        flow2dCheckpoint = flow2d.resolve("checkpoint.ckpt");
    }

    static Stream<BadInputCase> catalogue() {
        return BadInputCatalogue.cases();
    }

    @Test
    void theCatalogueHoldsAtLeastSixtyCasesEachNamedOnce() {
        List<String> names = catalogue().map(BadInputCase::name).toList();
        assertTrue(names.size() >= 60, names.size() + " cases");
        assertEquals(names.size(), Set.copyOf(names).size(), "each case named once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedByNameWithTheFixAndLeavesTheRunAsItWas(BadInputCase c) throws Exception {
        Path run = dir.resolve("run");
        BadInputs.copyTree(referenceRun, run);
        CliRun cli = new CliRun();
        try (BadInputCase.Inputs in = new BadInputCase.Inputs(Files.createDirectory(dir.resolve("in")), run, flow2dCheckpoint)) {
            String[] args = c.command().args(in);
            Map<String, String> before = BadInputs.hashes(run);
            int exit = cli.run(args);
            String err = cli.err();
            assertEquals(c.exit(), exit, () -> "exit code of " + String.join(" ", args) + "\n" + err);
            for (String fragment : c.fragments()) {
                assertTrue(err.contains(fragment), () -> "the message should contain '" + fragment + "':\n" + err);
            }
            for (String java : JAVA_TEXT) {
                assertFalse(err.contains(java) || cli.out().contains(java), () -> "Java text '" + java + "' printed:\n" + err + cli.out());
            }
            if (exit != 0) {
                assertTrue(err.startsWith("error: ") || exit == 2, () -> "one line that starts with error: \n" + err);
            }
            assertEquals(before, BadInputs.hashes(run), "the run directory given to the command is unchanged");
        }
    }
}
