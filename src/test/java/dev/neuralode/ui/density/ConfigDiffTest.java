package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.train.CnfExperiment;
import org.junit.jupiter.api.Test;

class ConfigDiffTest {

    @Test
    void theBannerNamesEachChangedSettingWithItsNewValueInASentence() {
        CnfExperiment mle = CnfExperiment.defaults();
        assertEquals("Changing the objective to match a density (KL) and the target to two moons needs a new model:"
                + " Reset to apply them (the training so far is lost), or change them back to keep training.",
                ConfigDiff.sentence(mle, mle.withData("moons", "kl", "two-moons"), false));
        assertEquals("Changing the target to bullseye needs a new model: Reset to apply it (the training so far is lost),"
                + " or change it back to keep training.",
                ConfigDiff.sentence(mle.withData("moons", "kl", "two-moons"), mle.withData("moons", "kl", "target"), false));
        assertEquals("Changing the noise to 2.00\u00d7 the dataset's own, the data seed to 7 (a new sample) and the drawn points"
                + " needs a new model: Reset to apply them (the training so far is lost), or change them back to keep training.",
                ConfigDiff.sentence(mle, mle.withSampling(2, 7), true));
        assertEquals("", ConfigDiff.sentence(mle, mle.withTolerances(1e-3, 1e-3), false));
    }
}
