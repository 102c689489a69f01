package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reproduce cnf-vs-nf} with a few iterations: both figures, the CSV and the tables, with finite numbers. */
class ReproduceCnfVsNfTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void writesBothFiguresTheCsvAndTheTables() throws Exception {
        assertEquals(0, cli.run("reproduce", "cnf-vs-nf", "--cnf-iters", "2", "--nf-iters", "3", "--widths", "2,8",
                "--layers", "2", "--batch", "16", "--rtol", "1e-3", "--seed", "1", "--out", dir.toString()), cli.err());
        String report = cli.out();
        assertTrue(report.contains("Figure 4: final KL(q || p)"), report);
        assertTrue(report.matches("(?s).*\\ntwo-moons +(-?\\d+\\.\\d{4} +){2}-?\\d+\\.\\d{4}\\n.*"), report);
        assertTrue(report.matches("(?s).*\\nmoons +-?\\d+\\.\\d{4} +-?\\d+\\.\\d{4}\\n.*"), report);
        assertTrue(report.contains("iterations: CNF M=2 2, CNF M=8 2, NF K=2 3"), report);

        List<String> csv = Files.readAllLines(dir.resolve("cnf-vs-nf.csv"));
        assertEquals("figure,data,model,size,optimizer,iterations,batch,learning_rate,rtol,seed,metric,value,train_seconds,failure",
                csv.get(0));
        assertEquals(1 + 3 * 3 + 2 * 2, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("4,target,CNF,2,adam,2,16,"), csv.get(1));
        assertTrue(csv.get(3).startsWith("4,target,NF,2,rmsprop,3,16,"), csv.get(3));
        assertTrue(csv.get(10).startsWith("5,circles,CNF,64,adam,2,"), csv.get(10));
        assertTrue(csv.get(13).startsWith("5,moons,NF,64,rmsprop,3,") && csv.get(13).contains(",heldout_nll,"), csv.get(13));
        for (String row : csv.subList(1, csv.size())) {
            double value = Double.parseDouble(row.split(",")[11]);
            assertTrue(Double.isFinite(value) && row.endsWith(","), row);
        }

        BufferedImage fig4 = ImageIO.read(dir.resolve("cnf-vs-nf-fig4.png").toFile());
        BufferedImage fig5 = ImageIO.read(dir.resolve("cnf-vs-nf-fig5.png").toFile());
        assertTrue(fig4.getWidth() > 4 * 64 * 3 && fig4.getHeight() > 3 * 64 * 3, fig4.getWidth() + "x" + fig4.getHeight());
        assertTrue(fig5.getWidth() > 3 * 64 * 3 && fig5.getHeight() > 2 * 64 * 3, fig5.getWidth() + "x" + fig5.getHeight());
    }

    @Test
    void badOptionsNameTheFlagAndTheFix() {
        assertEquals(1, cli.run("reproduce", "cnf-vs-nf", "--nf-iters", "0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--cnf-iters and --nf-iters must be at least 1") && cli.err().contains("--quick"), cli.err());
        assertEquals(1, cli.run("reproduce", "cnf-vs-nf", "--widths", "2,0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--widths must lie in [1, 4096]") && cli.err().contains("2,8,32"), cli.err());
        assertEquals(1, cli.run("reproduce", "cnf-vs-nf", "--batch", "0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--batch must lie in [1, 100000], was 0"), cli.err());
    }
}
