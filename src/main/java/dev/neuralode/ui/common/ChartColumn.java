package dev.neuralode.ui.common;

import javafx.scene.Node;
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

    /** The least width at which a chart keeps three x tick labels and its header's title. */
    public static final double MIN_WIDTH = 240;

    private final VBox charts = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(charts);

    public ChartColumn(Region... nodes) {
        for (Region n : nodes) {
            VBox.setVgrow(n, Priority.ALWAYS);
            n.managedProperty().bind(n.visibleProperty());
            ChartHeader.keepMinHeight(n, ChartHeader.MIN_CHART_HEIGHT);
            n.setPrefHeight(Math.max(n.getPrefHeight(), 240));
        }
        charts.getChildren().addAll(nodes);
        charts.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinWidth(MIN_WIDTH);
        scroll.getStyleClass().add("chart-column");
    }

    public Node node() {
        return scroll;
    }
}
