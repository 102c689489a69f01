package dev.neuralode.ui.common;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Charts stacked in a column that gives each its room: when the column is tall they share its
 * height, and when it is shorter than their minimum heights ({@link ChartHeader#MIN_CHART_HEIGHT})
 * it scrolls instead of squashing them into unreadable slivers. A chart that is hidden
 * (not visible) gives up its place.
 */
public final class ChartColumn {

    /**
     * The least width at which a chart keeps its x tick labels apart and its header readable. Not
     * imposed here: a tab's layout decides where the width comes from (a window too narrow for
     * every panel's minimum would push the column off its edge), and should give the column this much.
     */
    public static final double MIN_WIDTH = 240;

    /** The least width a chart is given in a column narrower than {@link #MIN_WIDTH}. */
    private static final double MIN_CHART_WIDTH = 100;

    private final VBox charts = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(charts);

    public ChartColumn(Region... nodes) {
        for (Region n : nodes) {
            VBox.setVgrow(n, Priority.ALWAYS);
            n.managedProperty().bind(n.visibleProperty());
            ChartHeader.keepMinHeight(n, ChartHeader.MIN_CHART_HEIGHT);
            // Narrower than its parts would like, a chart squeezes its plot; with a wider minimum the
            // content outgrows the column and the scroll pane shows a part of it shifted sideways.
            if (!n.minWidthProperty().isBound()) {
                n.minWidthProperty().bind(new SimpleDoubleProperty(MIN_CHART_WIDTH));
            }
            n.setPrefHeight(Math.max(n.getPrefHeight(), 240));
        }
        charts.getChildren().addAll(nodes);
        charts.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("chart-column");
    }

    public Region node() {
        return scroll;
    }
}
