package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentCodeTest {

    @Test
    void theDefaultsAreTheDatasetAndTheSeeds() {
        assertEquals("cnf1:dataset=moons;seed=0;dataSeed=0", ExperimentCode.of(CnfExperiment.defaults()));
    }

    @Test
    void aCodeRoundTripsThroughItsConfig() {
        CnfExperiment c = CnfExperiment.defaults().withData("pinwheel", "mle", null)
                .withModel("mlp", 64, 32, List.of(32, 16), "softplus", 0.5, true, 32, 1.0, 42, "float64")
                .withTraining(3e-4, 128, "hutchinson-rademacher", 0.01, 0)
                .withSolver("bosh3", "adjoint-seminorm").withTolerances(1e-3, 2.5e-4).withMaxSteps(500)
                .withSampling(1.75, 123);
        String code = ExperimentCode.of(c);
        assertEquals("cnf1:dataset=pinwheel;model=mlp;hiddenDims=32,16;activation=softplus;endTime=0.5;learnEndTime=true;"
                + "baseVariance=1;trace=hutchinson-rademacher;kineticWeight=0.01;method=bosh3;rtol=0.001;atol=2.5e-4;"
                + "maxSteps=500;sensitivity=adjoint-seminorm;learningRate=3e-4;batchSize=128;seed=42;dtype=float64;"
                + "noise=1.75;dataSeed=123", code);
        assertEquals(c, ExperimentCode.parse(code));
        assertEquals(code, ExperimentCode.of(ExperimentCode.parse(code)));
        CnfExperiment kl = CnfExperiment.defaults().withData("moons", "kl", "two-circles");
        assertEquals(kl, ExperimentCode.parse(ExperimentCode.of(kl)));
    }

    @Test
    void spacesAndAnEmptyFieldAreForgivenAndOmittedFieldsTakeTheBaseline() {
        assertEquals(CnfExperiment.defaults().withData("circles", "mle", null).withTolerances(1e-3, 1e-5),
                ExperimentCode.parse("  cnf1: dataset = circles ; rtol=0.001;; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dataset=moons|an experiment code starts with cnf1: but this one starts with 'dataset=moon...'; copy the whole code",
        "''|an experiment code starts with cnf1: but this one is empty; copy the whole code",
        "cnf1:dataset=moons;rtol|'rtol' in the experiment code is not field=value; separate the fields with ;",
        "cnf1:speed=3|the experiment code has an unknown field 'speed'; the fields are dataset, objective, target, model,"
                + " width, hidden, hiddenDims, activation, endTime, learnEndTime, planarLayers, baseVariance, trace,"
                + " kineticWeight, jacobianWeight, method, rtol, atol, maxSteps, sensitivity, learningRate, batchSize,"
                + " seed, dtype, noise, dataSeed, optimizer",
        "cnf1:seed=1;seed=2|the field 'seed' appears twice in the experiment code; keep one",
        "cnf1:rtol=fast|the field 'rtol' in the experiment code must be a number such as 0.5 or 1e-5, was 'fast'",
        "cnf1:width=6.5|the field 'width' in the experiment code must be a whole number such as 64, was '6.5'",
        "cnf1:learnEndTime=yes|the field 'learnEndTime' in the experiment code must be true or false, was 'yes'",
        "cnf1:hiddenDims=64,x|the field 'hiddenDims' in the experiment code must be whole numbers separated by commas,"
                + " such as 64,64,64, was '64,x'",
        "cnf1:rtol=|the field 'rtol' in the experiment code has no value; write rtol=<value> or leave it out",
        "cnf1:rtol=2|in the experiment code, rtol must be in (0, 1), such as 1e-5, was 2.0",
        "cnf1:objective=kl|in the experiment code, target must be target (the bullseye), two-moons or two-circles, was null",
        "cnf1:noise=9|in the experiment code, noise must be between 0 and 5 (1 is the dataset's own noise), was 9.0",
    })
    void malformedCodesNameTheFieldAndTheFix(String code, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperimentCode.parse(code));
        assertEquals(message, e.getMessage());
    }
}
