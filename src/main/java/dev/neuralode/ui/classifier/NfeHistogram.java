package dev.neuralode.ui.classifier;

import dev.neuralode.train.DigitReader;
import java.util.List;
import java.util.TreeMap;

/**
 * How many digits took each NFE to classify, each solved alone, and how many of those the model got
 * wrong: an adaptive solver takes more steps where the dynamics are harder, so the tail of the
 * histogram shows which digits are hard for the solver (and whether they are the misread ones).
 *
 * @param nfe   the NFE values that occurred, increasing
 * @param count the digits at each value
 * @param wrong how many of them were misclassified
 */
record NfeHistogram(int[] nfe, int[] count, int[] wrong) {

    static NfeHistogram of(List<DigitReader.Verdict> verdicts) {
        TreeMap<Integer, int[]> bins = new TreeMap<>();
        for (DigitReader.Verdict v : verdicts) {
            int[] bin = bins.computeIfAbsent(v.nfe(), k -> new int[2]);
            bin[0]++;
            bin[1] += v.wrong() ? 1 : 0;
        }
        int[] nfe = new int[bins.size()];
        int[] count = new int[bins.size()];
        int[] wrong = new int[bins.size()];
        int i = 0;
        for (var e : bins.entrySet()) {
            nfe[i] = e.getKey();
            count[i] = e.getValue()[0];
            wrong[i++] = e.getValue()[1];
        }
        return new NfeHistogram(nfe, count, wrong);
    }

    /** The largest count, for scaling the bars (0 when empty). */
    int maxCount() {
        int max = 0;
        for (int c : count) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** The mean NFE over all digits, NaN when empty. */
    double mean() {
        long sum = 0;
        long n = 0;
        for (int i = 0; i < nfe.length; i++) {
            sum += (long) nfe[i] * count[i];
            n += count[i];
        }
        return n == 0 ? Double.NaN : sum / (double) n;
    }
}
