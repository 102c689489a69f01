package dev.neuralode.ui.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Guide: a window beside the main one (not modal, so the user can read and try at once)
 * with a tab per section of {@link GuideText} and one for the keyboard shortcuts. Opened again,
 * it comes to the front at the section asked for instead of opening a second copy.
 */
public final class GuideWindow {

    /** The title of the shortcuts tab, for {@link #show(String)}. */
    public static final String SHORTCUTS = "Keyboard shortcuts";

    private final Window owner;
    private final MenuBar menus;
    private Stage stage;
    private TabPane tabs;

    /** @param menus the window's menus, whose accelerators the shortcuts tab lists */
    public GuideWindow(Window owner, MenuBar menus) {
        this.owner = owner;
        this.menus = menus;
    }

    /** Shows the guide at the section titled {@code section} (a {@link GuideText} title or {@link #SHORTCUTS}). */
    public void show(String section) {
        if (stage == null) {
            build();
        }
        tabs.getTabs().stream().filter(t -> t.getText().equals(section)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        stage.show();
        stage.toFront();
    }

    /** Shows the guide at its first section. */
    public void show() {
        show(GuideText.START);
    }

    /** Whether the guide is on screen (for tests). */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private void build() {
        tabs = new TabPane();
        tabs.setId("guideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (GuideText.Section section : GuideText.sections()) {
            tabs.getTabs().add(new Tab(section.title(), scroll(entries(section.entries()))));
        }
        tabs.getTabs().add(new Tab(SHORTCUTS, scroll(shortcuts())));
        stage = new Stage();
        stage.setTitle("Neural ODE Explorer: guide");
        stage.initOwner(owner);
        Scene scene = new Scene(tabs, 640, 560);
        scene.getStylesheets().add(GuideWindow.class.getResource("help.css").toExternalForm());
        stage.setScene(scene);
    }

    private static Node entries(List<GuideText.Entry> entries) {
        VBox box = new VBox(10);
        for (GuideText.Entry entry : entries) {
            Label term = new Label(entry.term());
            term.getStyleClass().add("guide-term");
            box.getChildren().addAll(term, paragraph(entry.text()));
        }
        return box;
    }

    private Node shortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcutTable");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, heading("Keys"), heading("Action"), heading("Where"));
        int row = 1;
        for (Shortcuts.Row r : Shortcuts.of(menus)) {
            Label keys = new Label(r.keys());
            keys.getStyleClass().add("guide-keys");
            grid.addRow(row++, keys, new Label(r.action()), new Label(r.where()));
        }
        Label note = paragraph("Menu shortcuts act while their item is enabled: items that act on one tab are greyed"
                + " out, shortcut included, while another tab is shown. The keys marked Latent ODE act on that tab"
                + " while it is shown. In the density view's drawing canvas the right mouse button erases; in the"
                + " latent data view a click adds an observation and a right-click or Shift+click removes one.");
        return new VBox(12, grid, note);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("guide-term");
        return l;
    }

    private static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("guide-text");
        return l;
    }

    private static ScrollPane scroll(Node content) {
        VBox padded = new VBox(content);
        padded.setPadding(new Insets(14, 18, 14, 18));
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
