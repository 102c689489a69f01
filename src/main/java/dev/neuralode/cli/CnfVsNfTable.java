package dev.neuralode.cli;

import dev.neuralode.cli.ReproduceCnfVsNf.Row;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The printed tables and the CSV of {@code reproduce cnf-vs-nf}: Figure 4's final KL(q || p) per
 * target and model, Figure 5's held-out NLL per dataset and model, each beside the paper's claim
 * (it plots these, it prints no numbers).
 */
final class CnfVsNfTable {

    private CnfVsNfTable() {
    }

    static void print(PrintWriter o, List<Row> rows, List<String> fig4Models) {
        o.println();
        o.printf(Locale.ROOT, "Figure 4: final KL(q || p) in nats, mean training loss of the last %d iterations"
                + " (paper: the CNF reaches lower loss than the NF)%n", FlowRun.AVERAGED);
        printFigure(o, rows, "4", "target", fig4Models);
        o.println();
        o.println("Figure 5: held-out NLL in nats (paper: no numbers; its pictures show the CNF fitting both datasets)");
        printFigure(o, rows, "5", "dataset", rows.stream().filter(r -> r.figure().equals("5")).map(r -> r.run().label())
                .distinct().toList());
    }

    private static void printFigure(PrintWriter o, List<Row> rows, String figure, String what, List<String> models) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", what));
        models.forEach(m -> header.append(String.format(Locale.ROOT, "%11s", m)));
        o.println(header);
        rows.stream().filter(r -> r.figure().equals(figure)).map(Row::data).distinct().forEach(data -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", data));
            for (String m : models) {
                rows.stream().filter(r -> r.figure().equals(figure) && r.data().equals(data) && r.run().label().equals(m))
                        .findFirst().ifPresent(r -> line.append(String.format(Locale.ROOT, "%11.4f", r.value())));
            }
            o.println(line);
        });
        o.println("iterations: " + String.join(", ", rows.stream().filter(r -> r.figure().equals(figure))
                .map(r -> r.run().label() + " " + r.run().iterations()).distinct().toList()));
    }

    static String csv(List<Row> rows, int batchSize, double tol, long seed) {
        StringBuilder s = new StringBuilder("figure,data,model,size,optimizer,iterations,batch,learning_rate,rtol,seed,"
                + "metric,value,train_seconds,failure\n");
        for (Row r : rows) {
            var c = r.run().config();
            boolean planar = "planar".equals(c.model());
            s.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%d,%d,%s,%s,%d,%s,%.6f,%.2f,%s%n", r.figure(), r.data(),
                    planar ? "NF" : "CNF", planar ? c.planarLayers() : c.width(), c.optimizer(), r.run().iterations(),
                    batchSize, c.learningRate(), planar ? "" : String.valueOf(tol), seed, r.metric(), r.value(),
                    r.run().seconds(), r.run().failure() == null ? "" : '"' + r.run().failure().replace("\"", "'") + '"'));
        }
        return s.toString();
    }
}
