package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.Flow2dSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL five times at random moments, with a checkpoint every iteration: after
 * each kill the checkpoint loads and the run resumes, and in the end the metrics hold every
 * iteration exactly once.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void killedFiveTimesTheRunResumesAndItsMetricsHaveEachIterationOnce() throws Exception {
        Path out = dir.resolve("run");
        Path metrics = out.resolve("metrics.csv");
        Path checkpoint = out.resolve("checkpoint.ckpt");
        SplittableRandom random = new SplittableRandom(5);
        long goal = 1_000_000;
        for (int kill = 0; kill < 5; kill++) {
            List<String> args = new java.util.ArrayList<>(List.of("train", "flow2d", "--iterations", Long.toString(goal),
                    "--checkpoint-every", "1", "--points", "200", "--width", "8", "--batch", "32", "--out", out.toString()));
            if (kill > 0) {
                args.addAll(List.of("--resume", checkpoint.toString()));
            }
            Process child = ChildCli.start(dir.resolve("stderr-" + kill + ".txt"), args.toArray(String[]::new));
            try {
                ChildCli.awaitRow(child, metrics, ChildCli.lastRow(metrics) + 5);
                Thread.sleep(random.nextInt(200)); // somewhere in an iteration, a row or a checkpoint write
                assertTrue(child.isAlive(), "the run was still training: " + Files.readString(dir.resolve("stderr-" + kill + ".txt")));
                child.destroyForcibly(); // SIGKILL
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            long saved = Flow2dSession.resume(checkpoint).iteration();
            assertTrue(saved > 0, "the checkpoint loads after kill " + (kill + 1));
        }
        long end = Flow2dSession.resume(checkpoint).iteration() + 3;
        assertEquals(0, new CliRun().run("train", "flow2d", "--resume", checkpoint.toString(), "--iterations", Long.toString(end),
                "--checkpoint-every", "1", "--out", out.toString()));
        List<Long> iterations = Files.readAllLines(metrics).stream().skip(1).map(r -> Long.parseLong(r.split(",")[0])).toList();
        assertEquals(LongStream.rangeClosed(1, end).boxed().toList(), iterations, "each iteration once, in order");
        assertEquals(List.of(), Files.list(out).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                "no temporary file is left");
    }
}
