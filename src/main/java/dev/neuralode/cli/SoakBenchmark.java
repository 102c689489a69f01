package dev.neuralode.cli;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.MemoryFigures;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench soak}: trains the density explorer's default model for a given time and prints the
 * Java heap (after a collection, so what is live), the native memory JavaCPP holds and the resident
 * size of the process at intervals. A leak shows as growth after warm-up; the last line compares
 * the first report after warm-up (a fifth of the run) with the last.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Train the density model for a while, printing heap, off-heap and resident memory; a leak shows as growth.")
final class SoakBenchmark implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--minutes", defaultValue = "10", description = "how long to train (default: ${DEFAULT-VALUE})")
    private double minutes;

    @Option(names = "--every", defaultValue = "30", paramLabel = "S", description = "seconds between reports (default: ${DEFAULT-VALUE})")
    private double every;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(minutes > 0 && minutes <= 24 * 60) || !(every > 0 && every <= 3600)) {
            throw new IllegalArgumentException("--minutes must be in (0, 1440] and --every in (0, 3600] seconds, were " + minutes
                    + " and " + every);
        }
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        TrainingSession session = new TrainingSession(CnfExperiment.defaults(), null);
        out.println("seconds,iterations,heap_live_mb,off_heap_mb,resident_mb,nfe_forward");
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long warm = start + (long) (minutes * 12e9);
        long next = start;
        MemoryFigures afterWarmUp = null;
        MemoryFigures last;
        TrainingSnapshot s;
        do {
            s = session.step();
            if (s.failed()) {
                out.println("training stopped at iteration " + s.iteration() + ": " + s.message());
                return 1;
            }
            long now = System.nanoTime();
            if (now >= next) {
                last = report(out, (now - start) / 1e9, s);
                if (afterWarmUp == null && now >= warm) {
                    afterWarmUp = last;
                }
                next = now + (long) (every * 1e9);
            }
        } while (System.nanoTime() < end);
        last = report(out, (System.nanoTime() - start) / 1e9, s);
        MemoryFigures from = afterWarmUp != null ? afterWarmUp : last;
        out.printf(Locale.ROOT, "after warm-up: heap %s, off-heap %s, resident %s%n", change(from.heapUsed(), last.heapUsed()),
                change(from.offHeap(), last.offHeap()), change(from.physical(), last.physical()));
        return 0;
    }

    private static MemoryFigures report(PrintWriter out, double seconds, TrainingSnapshot s) {
        System.gc();
        MemoryFigures m = Backend.memory();
        out.printf(Locale.ROOT, "%.0f,%d,%.1f,%.1f,%.1f,%d%n", seconds, s.iteration(), m.heapUsed() / MIB, m.offHeap() / MIB,
                m.physical() / MIB, s.nfeForward());
        out.flush();
        return m;
    }

    private static String change(long from, long to) {
        return String.format(Locale.ROOT, "%.1f -> %.1f MB (%+.1f%%)", from / MIB, to / MIB, from == 0 ? 0.0 : 100.0 * (to - from) / from);
    }
}
