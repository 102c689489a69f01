package dev.neuralode.cli;

import dev.neuralode.data.WindowPlacement;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The two tables of {@code reproduce spirals} and their CSV. The paper defines Table 2's metric in one
 * sentence ("predictive RMSE on 100 time points extending beyond those that were used for
 * training", Chen et al. 2018, section 5.1) under columns headed 30/100, 50/100 and 100/100; its
 * figures call the observed span "prediction" and the rest "extrapolation", and the authors' 2019
 * follow-up (Rubanova et al., latent ODEs for irregularly-sampled time series) scores the
 * reconstruction of all points. So Table 2 here is the RMSE over the 100 points of each test
 * spiral's window, n of them observed, against the noise-free curve; the RMSE on the 100 points
 * after the window is printed second as an extra experiment.
 */
final class SpiralsTables {

    /** The paper's Table 2, by n = 30, 50, 100. */
    private static final int[] PAPER_N = {30, 50, 100};
    private static final double[] PAPER_RNN = {0.3937, 0.3202, 0.1813};
    private static final double[] PAPER_LATENT_ODE = {0.1642, 0.1502, 0.1346};
    private static final List<String> MODELS = List.of("RNN", "RNN + time", "Latent ODE");

    /** One model at one n: both RMSEs and how it was trained. */
    record Row(int n, String model, double windowRmse, double futureRmse, int iterations, double seconds, double finalLoss) {

        /** The paper's Table 2 value for this cell, NaN where it publishes none (RNN + time, other n). */
        double paper() {
            int column = IntStream.range(0, PAPER_N.length).filter(i -> PAPER_N[i] == n).findFirst().orElse(-1);
            if (column < 0) {
                return Double.NaN;
            }
            return switch (model) {
                case "RNN" -> PAPER_RNN[column];
                case "Latent ODE" -> PAPER_LATENT_ODE[column];
                default -> Double.NaN;
            };
        }
    }

    /** How the rows were made, for the titles and the CSV. */
    record Setting(List<Integer> counts, int observed, int extrapolated, double noiseStd, WindowPlacement placement,
                   double rtol, double atol, int batch, double learningRate, long seed) {
    }

    private final Setting setting;

    SpiralsTables(Setting setting) {
        this.setting = setting;
    }

    /** Table 2 (window RMSE, with the paper's values) first, then the extrapolation experiment. */
    void print(PrintWriter o, List<Row> rows) {
        o.println();
        o.printf(Locale.ROOT, "Table 2: RMSE over the %d points of each test spiral's window, n of them observed; noise-free targets,"
                + " observations with noise sd %s; measured (paper)%n", setting.observed(), setting.noiseStd());
        printTable(o, rows, Row::windowRmse, true);
        o.println();
        o.printf(Locale.ROOT, "Extra experiment: extrapolation beyond the window, RMSE on the %d noise-free points after it"
                + " (placement %s: %s); measured%n", setting.extrapolated(), setting.placement(), describe(setting.placement()));
        printTable(o, rows, Row::futureRmse, false);
    }

    private static String describe(WindowPlacement placement) {
        return placement == WindowPlacement.TORCHDIFFEQ ? "windows within grid indices as in torchdiffeq's latent_ode.py"
                : "windows start anywhere, futures reach grid points no observation window contains";
    }

    private void printTable(PrintWriter o, List<Row> rows, ToDoubleFunction<Row> value, boolean withPaper) {
        int width = withPaper ? 20 : 12;
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "model"));
        for (int n : setting.counts()) {
            header.append(String.format(Locale.ROOT, "%-" + width + "s", "n = " + n + "/" + setting.observed()));
        }
        o.println(header.toString().stripTrailing());
        for (String model : MODELS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", model));
            for (Row r : rows) {
                if (r.model().equals(model)) {
                    String cell = String.format(Locale.ROOT, "%.4f", value.applyAsDouble(r));
                    if (withPaper) {
                        cell += " (" + format(r.paper()) + ")";
                    }
                    line.append(String.format(Locale.ROOT, "%-" + width + "s", cell));
                }
            }
            o.println(line.toString().stripTrailing());
        }
    }

    private static String format(double paper) {
        return Double.isNaN(paper) ? "n/a" : String.format(Locale.ROOT, "%.4f", paper);
    }

    /** One line per row; {@code table2_window_rmse} is the Table 2 comparison, beside {@code paper_rmse}. */
    String csv(List<Row> rows) {
        StringBuilder s = new StringBuilder("n,model,table2_window_rmse,paper_rmse,extra_future_rmse,placement,noise_std,ode_rtol,ode_atol,"
                + "iterations,batch,learning_rate,seed,train_seconds,final_loss\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%d,%s,%.6f,%s,%.6f,%s,%s,%s,%s,%d,%d,%s,%d,%.2f,%.6f%n", r.n(), r.model(),
                    r.windowRmse(), Double.isNaN(r.paper()) ? "" : format(r.paper()), r.futureRmse(), setting.placement(),
                    setting.noiseStd(), setting.rtol(), setting.atol(), r.iterations(), setting.batch(), setting.learningRate(),
                    setting.seed(), r.seconds(), r.finalLoss()));
        }
        return s.toString();
    }
}
