package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.PointSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    @TempDir
    Path dir;

    @Test
    void everyEngineDatasetAndCustomArePicked() {
        assertTrue(DataViewModel.datasets().containsAll(java.util.List.of("moons", "circles", "8gaussians", "checkerboard",
                "two-moons", "target", "custom")));
    }

    @Test
    void aStrokeOnAPresetMakesItCustomAndOneUndoRestoresIt() {
        DataViewModel vm = new DataViewModel("moons");
        PointSet before = vm.state().points();
        vm.beginStroke();
        for (int k = 0; k < 10; k++) {
            vm.dab(-2 + 0.2 * k, 2);
        }
        vm.endStroke();
        assertEquals("custom", vm.state().dataset());
        assertTrue(vm.pointCountProperty().get() > before.size(), "spraying adds points");
        vm.undo();
        assertEquals("moons", vm.state().dataset());
        assertEquals(before, vm.state().points());
        vm.redo();
        assertEquals("custom", vm.state().dataset());
    }

    @Test
    void dabsCloserThanAQuarterRadiusAreSkipped() {
        DataViewModel vm = new DataViewModel("custom");
        vm.brushRadiusProperty().set(0.4);
        vm.intensityProperty().set(1.0);
        vm.beginStroke();
        vm.dab(0, 0);
        int one = vm.pointCountProperty().get();
        vm.dab(0.05, 0);
        assertEquals(one, vm.pointCountProperty().get());
        vm.dab(0.2, 0);
        assertEquals(2 * one, vm.pointCountProperty().get());
        vm.endStroke();
    }

    @Test
    void theEraserRemovesPointsNearTheBrush() {
        DataViewModel vm = new DataViewModel("custom");
        vm.beginStroke();
        vm.dab(1, 1);
        vm.endStroke();
        vm.beginStroke();
        vm.dab(1, 1, DataViewModel.Tool.ERASE);
        vm.endStroke();
        assertEquals(0, vm.pointCountProperty().get());
        vm.undo();
        assertTrue(vm.pointCountProperty().get() > 0);
    }

    @Test
    void clearIsUndoable() {
        DataViewModel vm = new DataViewModel("circles");
        vm.clear();
        assertEquals(0, vm.pointCountProperty().get());
        vm.undo();
        assertEquals("circles", vm.state().dataset());
    }

    @Test
    void aMalformedCsvKeepsThePreviousPointsAndNamesTheLine() throws IOException {
        DataViewModel vm = new DataViewModel("moons");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\nfoo,3\n");
        DataFileException e = assertThrows(DataFileException.class, () -> vm.importFile(bad));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals("moons", vm.state().dataset());
        assertEquals(DataViewModel.PRESET_POINTS, vm.pointCountProperty().get());
    }

    @Test
    void aCsvImportAndExportRoundTrip() throws Exception {
        DataViewModel vm = new DataViewModel("moons");
        Path good = Files.writeString(dir.resolve("good.csv"), "0.5,-1.25\n2,3\n");
        vm.importFile(good);
        assertEquals("custom", vm.state().dataset());
        assertEquals(2, vm.pointCountProperty().get());
        Path out = dir.resolve("out.csv");
        vm.exportCsv(out);
        DataViewModel again = new DataViewModel("moons");
        again.importFile(out);
        assertEquals(vm.state().points(), again.state().points());
    }

    /** Noise and Regenerate draw the preset again, keep the dataset, and are undone like any other change. */
    @Test
    void noiseAndRegenerateRedrawThePresetAndUndoBringsItBack() {
        DataViewModel vm = new DataViewModel("moons");
        DataViewModel.DataState first = vm.state();
        vm.setNoise(2.0);
        assertEquals(2.0, vm.state().noise());
        assertEquals(dev.neuralode.train.DensityData.preset("moons", 2.0, 0), vm.state().points());
        vm.regenerate();
        long seed = vm.state().dataSeed();
        assertTrue(seed != 0);
        assertEquals("moons", vm.state().dataset());
        assertEquals(dev.neuralode.train.DensityData.preset("moons", 2.0, seed), vm.state().points());
        vm.undo();
        vm.undo();
        assertEquals(first, vm.state());
        assertTrue(DataViewModel.hasNoise(vm.state()));
        vm.select("checkerboard");
        assertFalse(DataViewModel.hasNoise(vm.state()), "the checkerboard is uniform: no noise to scale");
    }
}
