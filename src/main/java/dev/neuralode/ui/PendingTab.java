package dev.neuralode.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/** A tab whose capability is not built yet, saying so plainly instead of showing dead controls. */
final class PendingTab {

    private PendingTab() {
    }

    /**
     * @param issue the issue that builds it, or 0 when none is filed yet
     */
    static Tab create(String title, int issue, String purpose) {
        Label heading = new Label(title + " is not built yet.");
        heading.getStyleClass().add("pending-heading");
        heading.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label what = new Label(purpose);
        what.setWrapText(true);
        what.setMaxWidth(560);
        Label when = new Label(issue > 0 ? "It arrives with issue #" + issue + "." : "No issue has been filed for it yet.");
        VBox content = new VBox(12, heading, what, when);
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(40));
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        return tab;
    }
}
