package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CnfExperiment;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    @Test
    void anInvalidEditIsRefusedNamingTheControl() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults());
        assertFalse(vm.apply(c -> c.withTolerances(-1, 1e-5)));
        assertTrue(vm.errorProperty().get().startsWith("Tolerance (rtol) must be"), vm.errorProperty().get());
        assertFalse(vm.apply(c -> c.withTraining(20, c.batchSize(), c.trace(), c.kineticWeight(), c.jacobianWeight())));
        assertTrue(vm.errorProperty().get().startsWith("Learning rate must be"), "the control's label, not the config's"
                + " property: " + vm.errorProperty().get());
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

    @Test
    void aRemedyAlreadyAppliedIsNotOffered() {
        CnfExperiment loosest = CnfExperiment.defaults().withTolerances(1e-1, 1e-1);
        assertFalse(SettingsViewModel.canLoosen(loosest), "no Loosen tolerance at the loosest setting");
        assertTrue(SettingsViewModel.canLoosen(loosest.withTolerances(1e-1, 1e-3)), "atol can still loosen");
        CnfExperiment rk4 = CnfExperiment.defaults().withSolver("rk4", "adjoint");
        assertFalse(SettingsViewModel.canSwitchToFixedStep(rk4));
        assertFalse(SettingsViewModel.canLoosen(rk4), "a fixed step ignores the tolerances");
        assertTrue(SettingsViewModel.canSwitchToFixedStep(CnfExperiment.defaults()));
        CnfExperiment strong = CnfExperiment.defaults().withTraining(1e-3, 512, "exact", 1.0, 0);
        assertFalse(SettingsViewModel.canAddKinetic(strong));
        assertTrue(SettingsViewModel.canAddKinetic(CnfExperiment.defaults()));

        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults());
        var text = vm.kineticRemedyText();
        assertEquals("Add kinetic regularisation", text.get());
        vm.addKineticRegularisation();
        assertEquals("Stronger kinetic regularisation", text.get());
    }

    @Test
    void loosenNeverTightensAToleranceAboveTheLoosest() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults().withTolerances(1e-1, 1e-3));
        vm.loosenTolerance();
        assertEquals(1e-1, vm.draft().rtol());
        assertEquals(1e-2, vm.draft().atol(), 1e-15);
    }

    @Test
    void linkedTolerancesMoveTogetherUntilUnlinked() {
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults().withTolerances(1e-5, 1e-5));
        assertTrue(vm.linkedTolerancesProperty().get(), "equal tolerances start linked");
        assertTrue(vm.setTolerance(1e-3));
        assertEquals(1e-3, vm.draft().rtol());
        assertEquals(1e-3, vm.draft().atol());
        vm.linkedTolerancesProperty().set(false);
        assertTrue(vm.setTolerance(1e-4));
        assertTrue(vm.setAbsoluteTolerance(1e-6));
        assertEquals(1e-4, vm.draft().rtol());
        assertEquals(1e-6, vm.draft().atol());
        vm.linkedTolerancesProperty().set(true);
        assertEquals(1e-4, vm.draft().atol(), "linking again ties atol to rtol");
    }

    @Test
    void differentTolerancesStartUnlinkedAndAnOpenedConfigWithThemUnlinks() {
        assertFalse(new SettingsViewModel(CnfExperiment.defaults().withTolerances(1e-5, 1e-7)).linkedTolerancesProperty().get());
        SettingsViewModel vm = new SettingsViewModel(CnfExperiment.defaults());
        vm.replace(CnfExperiment.defaults().withTolerances(1e-3, 1e-6));
        assertFalse(vm.linkedTolerancesProperty().get());
        assertEquals(1e-6, vm.draft().atol(), "the file's atol is kept, not tied to rtol");
    }
}
