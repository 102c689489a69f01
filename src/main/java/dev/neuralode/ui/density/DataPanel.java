package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.ui.common.Buttons;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The data panel: the dataset picker with the preset's noise and Regenerate, the drawing canvas with
 * its brush (spray or eraser, radius, intensity), undo/redo/clear, the point count, import/export,
 * and the experiment code. Files can also be dropped on it. While the flow matches an analytic
 * density (KL) a note says that these points are not used.
 */
final class DataPanel {

    /** The noise slider's right end; the config allows up to {@link dev.neuralode.train.CnfExperiment#MAX_NOISE}. */
    static final double NOISE_SLIDER_MAX = 3;

    private final VBox box;
    private final DataCanvas canvas;

    DataPanel(DataViewModel vm, ExperimentActions actions, PlaygroundActions playground) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId("datasetPicker");
        picker.getItems().setAll(DataViewModel.datasets());
        picker.setValue(vm.state().dataset());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setVisibleRowCount(14);
        picker.setConverter(new StringConverter<>() {
            // The paper's analytic densities by name ("bullseye", not "target"); the others by their id.
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "";
                }
                if (DataViewModel.CUSTOM.equals(id)) {
                    return "custom (drawn)";
                }
                return isAnalytic(id) ? AnalyticDensity.displayName(id) + " (paper)" : id;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        picker.setOnAction(e -> {
            if (picker.getValue() != null) {
                vm.select(picker.getValue());
            }
        });
        vm.stateProperty().addListener((o, a, s) -> picker.setValue(s.dataset()));
        HBox.setHgrow(picker, Priority.ALWAYS);
        Label datasetLabel = new Label("Dataset");
        datasetLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox pickRow = new HBox(8, datasetLabel, picker);
        pickRow.setAlignment(Pos.CENTER_LEFT);
        Node noiseRow = noiseRow(vm, playground);
        Label klNote = new Label("Matching a density (KL) learns from no data: the flow matches the target chosen under"
                + " Model & solver, and these points are not used.");
        klNote.setId("klDataNote");
        klNote.setWrapText(true);
        klNote.getStyleClass().add("muted");
        Runnable followObjective = () -> {
            boolean kl = "kl".equals(playground.viewModel().settings().draft().objective());
            klNote.setVisible(kl);
            klNote.setManaged(kl);
        };
        playground.viewModel().settings().draftProperty().addListener((o, a, b) -> followObjective.run());
        followObjective.run();

        canvas = new DataCanvas(vm);
        actions.acceptDrops(canvas);

        ToggleGroup tools = new ToggleGroup();
        ToggleButton spray = tool("Spray", "toolSpray", DataViewModel.Tool.SPRAY, vm, tools);
        ToggleButton eraser = tool("Eraser", "toolEraser", DataViewModel.Tool.ERASE, vm, tools);
        tools.selectToggle(vm.toolProperty().get() == DataViewModel.Tool.SPRAY ? spray : eraser);
        tools.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                tools.selectToggle(was);
            } else {
                vm.toolProperty().set((DataViewModel.Tool) now.getUserData());
            }
        });
        Label count = new Label();
        count.setId("pointCount");
        count.getStyleClass().add("number");
        count.textProperty().bind(vm.pointCountProperty().asString(Locale.ROOT, "%,d points"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolRow = new HBox(6, spray, eraser, spacer, count);
        toolRow.setAlignment(Pos.CENTER_LEFT);

        GridPane brush = new GridPane();
        brush.setHgap(8);
        brush.setVgap(4);
        brush.addRow(0, new Label("Radius"), slider("brushRadius", 0.05, 1.0, vm.brushRadiusProperty()));
        brush.addRow(1, new Label("Intensity"), slider("brushIntensity", 0.05, 1.0, vm.intensityProperty()));

        Button undo = Buttons.button("Undo", "undoData", "Undo the last stroke, clear or import (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = Buttons.button("Redo", "redoData", "Redo (Ctrl+Shift+Z)", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button clear = Buttons.button("Clear", "clearData", "Remove all points to draw from scratch", vm::clear);
        HBox editRow = new HBox(6, undo, redo, clear);

        Button importButton = Buttons.button("Import...", "importData", "Load x,y points from a CSV file, or sample a picture (Ctrl+I)",
                actions::importData);
        Button export = Buttons.button("Export CSV...", "exportData", "Save the points as x,y CSV", actions::exportDataCsv);
        HBox fileRow = new HBox(6, importButton, export);

        Label hint = new Label("Drag on the canvas to spray points; right-drag to erase. Drop a CSV file, a picture or"
                + " a saved experiment here.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        box = new VBox(8, pickRow, noiseRow, klNote, canvas, toolRow, brush, editRow, fileRow, hint,
                new ExperimentCodeBox(playground).node());
        actions.acceptDrops(box);
    }

    Node node() {
        return box;
    }

    /**
     * The preset's noise scale (applied when the slider is let go, as it may ask to discard the model)
     * and Regenerate (a new sample). Drawn points have neither; the checkerboard has no noise.
     */
    private static Node noiseRow(DataViewModel vm, PlaygroundActions playground) {
        Slider noise = new Slider(0, NOISE_SLIDER_MAX, vm.state().noise());
        noise.setId("noiseSlider");
        noise.setBlockIncrement(0.25);
        Tooltip tip = new Tooltip("The preset's noise, as a multiple of its own: 0 is the bare shape, 1 the dataset as"
                + " defined, 3 a blur. Changing it draws the points again and needs a new model");
        noise.setTooltip(tip);
        HBox.setHgrow(noise, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("noiseValue");
        shown.getStyleClass().add("number");
        shown.setMinWidth(44);
        shown.setText(String.format(Locale.ROOT, "%.2f\u00d7", noise.getValue()));
        noise.valueProperty().addListener((o, a, v) -> shown.setText(String.format(Locale.ROOT, "%.2f\u00d7", snap(v.doubleValue()))));
        Runnable commit = () -> {
            double v = snap(noise.getValue());
            if (!playground.setNoise(v)) {
                noise.setValue(vm.state().noise());
            }
        };
        noise.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                commit.run();
            }
        });
        noise.valueProperty().addListener((o, a, v) -> {
            if (!noise.isValueChanging() && snap(v.doubleValue()) != vm.state().noise()) {
                commit.run();
            }
        });
        Button regenerate = Buttons.button("Regenerate", "regenerateData",
                "Draw a new sample of the preset (a new data seed): new points and a new held-out split", playground::regenerate);
        Runnable follow = () -> {
            DataViewModel.DataState s = vm.state();
            if (snap(noise.getValue()) != s.noise() && !noise.isValueChanging()) {
                noise.setValue(s.noise());
            }
            // Matching a density (KL) uses no data, so there is nothing to redraw.
            boolean kl = "kl".equals(playground.viewModel().settings().draft().objective());
            noise.setDisable(kl || !DataViewModel.hasNoise(s));
            regenerate.setDisable(kl || s.isCustom());
        };
        vm.stateProperty().addListener((o, a, b) -> follow.run());
        playground.viewModel().settings().draftProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        Label title = new Label("Noise");
        title.setTooltip(tip);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {title, shown, regenerate}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        noise.setMinWidth(60);
        HBox row = new HBox(6, title, noise, shown, regenerate);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static boolean isAnalytic(String id) {
        return java.util.Arrays.stream(AnalyticDensity.values()).anyMatch(d -> d.id().equals(id));
    }

    /** Noise scales in steps of 0.05, so that the code and the label show what was chosen. */
    private static double snap(double v) {
        return Math.round(v * 20) / 20.0;
    }

    private static ToggleButton tool(String text, String id, DataViewModel.Tool tool, DataViewModel vm, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(tool);
        b.setToggleGroup(group);
        return b;
    }

    private static Node slider(String id, double min, double max, javafx.beans.property.DoubleProperty value) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.valueProperty().bindBidirectional(value);
        Label shown = new Label();
        shown.getStyleClass().add("number");
        shown.setMinWidth(36);
        shown.textProperty().bind(value.asString(Locale.ROOT, "%.2f"));
        HBox.setHgrow(s, Priority.ALWAYS);
        HBox row = new HBox(6, s, shown);
        row.setAlignment(Pos.CENTER_LEFT);
        GridPane.setHgrow(row, Priority.ALWAYS);
        return row;
    }
}
