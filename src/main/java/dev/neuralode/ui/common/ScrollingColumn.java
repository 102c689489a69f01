package dev.neuralode.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A column (of charts, say) that fills the height it is given but never shrinks below a readable
 * minimum: in a small window it scrolls instead of squeezing every chart to a strip.
 */
public final class ScrollingColumn {

    private ScrollingColumn() {
    }

    /**
     * @param content   the column; its minimum height is set to {@code minHeight}
     * @param minHeight the least height the content keeps, in pixels
     */
    public static ScrollPane of(Region content, double minHeight) {
        content.setMinHeight(minHeight);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
