package dev.neuralode.ui.latent;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The latent tab's centre at any width: the data view, the latent charts and the training charts
 * side by side when there is room for all three, otherwise the data view beside one column whose
 * tabs switch between the latent charts and the training charts, so that no chart is squeezed to a
 * sliver and no title is cut at 1024 pixels. The arrangement follows the centre's width, with a
 * margin between the two thresholds so that it does not flip back and forth near one of them.
 */
final class LatentLayout {

    /** Widths of the centre at which three columns start and stop fitting. */
    static final double THREE_COLUMNS = 1060;
    static final double TWO_COLUMNS = 1000;

    private final SplitPane centre = new SplitPane();
    private final Node data;
    private final Node latent;
    private final Node training;
    private final Tab latentTab = new Tab("Latent space");
    private final Tab trainingTab = new Tab("Training");
    private final TabPane charts = new TabPane(latentTab, trainingTab);
    private boolean threeColumns;

    LatentLayout(Node data, Node latent, Node training) {
        this.data = data;
        this.latent = latent;
        this.training = training;
        centre.setId("latentCentre");
        charts.setId("latentChartTabs");
        charts.setSide(Side.TOP);
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        latentTab.setId("latentSpaceTab");
        trainingTab.setId("latentTrainingTab");
        arrange(false);
        centre.widthProperty().addListener((o, a, w) -> {
            double width = w.doubleValue();
            if (!threeColumns && width >= THREE_COLUMNS) {
                arrange(true);
            } else if (threeColumns && width < TWO_COLUMNS) {
                arrange(false);
            }
        });
    }

    /** The centre, to place in the tab. */
    Node node() {
        return centre;
    }

    /** Whether all three columns are shown (for tests). */
    boolean threeColumns() {
        return threeColumns;
    }

    private void arrange(boolean three) {
        threeColumns = three;
        latentTab.setContent(null);
        trainingTab.setContent(null);
        if (three) {
            centre.getItems().setAll(data, latent, training);
            centre.setDividerPositions(0.44, 0.72);
        } else {
            latentTab.setContent(latent);
            trainingTab.setContent(training);
            centre.getItems().setAll(data, charts);
            centre.setDividerPositions(0.56);
        }
    }
}
