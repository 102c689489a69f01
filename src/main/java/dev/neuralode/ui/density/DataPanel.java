package dev.neuralode.ui.density;

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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The data panel: the dataset picker, the drawing canvas with its brush (spray or eraser, radius,
 * intensity), undo/redo/clear, the point count, and import/export. Files can also be dropped on it.
 */
final class DataPanel {

    private final VBox box;
    private final DataCanvas canvas;

    DataPanel(DataViewModel vm, ExperimentActions actions) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId("datasetPicker");
        picker.getItems().setAll(DataViewModel.datasets());
        picker.setValue(vm.state().dataset());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setVisibleRowCount(14);
        picker.setOnAction(e -> {
            if (picker.getValue() != null) {
                vm.select(picker.getValue());
            }
        });
        vm.stateProperty().addListener((o, a, s) -> picker.setValue(s.dataset()));
        HBox.setHgrow(picker, Priority.ALWAYS);
        Label pickLabel = new Label("Dataset");
        pickLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox pickRow = new HBox(8, pickLabel, picker);
        pickRow.setAlignment(Pos.CENTER_LEFT);

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
        box = new VBox(8, pickRow, canvas, toolRow, brush, editRow, fileRow, hint);
        actions.acceptDrops(box);
    }

    Node node() {
        return box;
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
