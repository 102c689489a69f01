package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CnfExperiment;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    @Test
    void anInvalidEditIsRefusedWithTheRecordsMessage() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults());
        assertFalse(vm.apply(c -> c.withTolerances(-1, 1e-5)));
        assertTrue(vm.errorProperty().get().contains("rtol"), vm.errorProperty().get());
        assertEquals(1e-5, vm.draft().rtol());
        assertTrue(vm.apply(c -> c.withTolerances(1e-4, 1e-5)));
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void remediesLoosenSwitchToRk4AndAddKineticEnergy() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults());
        vm.loosenTolerance();
        assertEquals(1e-4, vm.draft().rtol(), 1e-12);
        assertEquals(1e-4, vm.draft().atol(), 1e-12);
        vm.switchToFixedStep();
        assertEquals("rk4", vm.draft().method());
        vm.addKineticRegularisation();
        assertEquals(SettingsViewModel.KINETIC_REMEDY, vm.draft().kineticWeight());
        vm.addKineticRegularisation();
        assertEquals(10 * SettingsViewModel.KINETIC_REMEDY, vm.draft().kineticWeight(), 1e-12);
    }

    @Test
    void theLoosestRemedyStopsAtOneHundredth() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults().withTolerances(5e-3, 5e-3));
        vm.loosenTolerance();
        assertEquals(SettingsViewModel.LOOSEST_TOLERANCE, vm.draft().rtol());
    }

    @Test
    void configDiffNamesWhatNeedsANewModel() {
        CnfExperiment a = CnfExperiment.defaults();
        CnfExperiment b = a.withModel("hyper", 32, a.hidden(), a.hiddenDims(), a.activation(), a.endTime(), a.learnEndTime(),
                a.planarLayers(), a.baseVariance(), 7, a.dtype()).withTolerances(1e-3, 1e-3);
        assertEquals(java.util.List.of("width", "seed"), ConfigDiff.needingNewModel(a, b));
    }
}
