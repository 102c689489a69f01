package dev.neuralode.ui.common;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A chart's own header, inside the chart above its plot: the title, the legend keys with line
 * swatches, and the chart's controls (a log switch, a choice of iterations). Replaces the chart's
 * title and ChartFX's legend, so a legend can never sit between two charts. The header flows onto
 * a second line when the chart is narrow rather than overlap its parts (ChartFX sizes the top of
 * a chart by its height at the chart's width).
 */
public final class ChartHeader {

    /** The least height of a chart with its header: room for three labelled y ticks and the x axis. */
    public static final double MIN_CHART_HEIGHT = 170;

    private final FlowPane header = new FlowPane(12, 2);
    private final HBox controls = new HBox(6);

    /** Puts a header with {@code title} into {@code chart}, in place of its title and legend. */
    public ChartHeader(XYChart chart, String title) {
        chart.setTitle("");
        chart.setLegendVisible(false);
        keepMinHeight(chart, MIN_CHART_HEIGHT);
        Label name = new Label(title);
        name.getStyleClass().add("chart-header-title");
        name.setMinWidth(Region.USE_PREF_SIZE);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().addAll(name, controls);
        header.setAlignment(Pos.CENTER_LEFT);
        // A narrow chart keeps its plot and lets the header's end be cut, rather than widen the column beyond its pane.
        header.setMinWidth(0);
        header.setPadding(new Insets(2, 6, 2, 6));
        header.getStyleClass().add("chart-header");
        chart.getTitleLegendPane().addSide(Side.TOP, header);
    }

    /**
     * Holds a node's minimum height against style sheets: ChartFX's own sheet sets charts'
     * {@code -fx-min-height} to 100 px, and a sheet wins over {@code setMinHeight}, not over a binding.
     */
    static void keepMinHeight(Region node, double height) {
        if (!node.minHeightProperty().isBound()) {
            node.minHeightProperty().bind(new SimpleDoubleProperty(Math.max(height, node.getMinHeight())));
        }
    }

    /** Adds legend keys ({@link LegendKey#of}) after the title. */
    public ChartHeader keys(Node... entries) {
        header.getChildren().addAll(header.getChildren().indexOf(controls), List.of(entries));
        return this;
    }

    /** Adds controls after the keys. */
    public ChartHeader controls(Node... nodes) {
        controls.getChildren().addAll(nodes);
        return this;
    }
}
