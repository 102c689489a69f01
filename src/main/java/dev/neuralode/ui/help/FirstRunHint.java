package dev.neuralode.ui.help;

import dev.neuralode.ui.common.PreferenceStore;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The card a new user sees on the first start: what to do first and where the guide is. It floats
 * over a corner of the window (laid over, never pushing controls aside) and is remembered in the
 * {@link PreferenceStore} as soon as it is shown, so it appears on one start only. It goes away with
 * "Got it", with "Open the guide", or when training starts, since the user has found Play.
 */
public final class FirstRunHint {

    /** The flag that records that the hint was shown. */
    public static final String SEEN = "firstRunHintSeen";

    private final VBox card;

    /**
     * @param openGuide what "Open the guide" does
     */
    public FirstRunHint(PreferenceStore store, Runnable openGuide) {
        Label title = new Label("New here?");
        title.getStyleClass().add("hint-title");
        Label text = new Label("On Density flows, pick a dataset on the left or draw one on the dark canvas, and"
                + " press Play (Space): a Gaussian flows into your data while the charts show the loss and the"
                + " solver's work (NFE). Help > Guide (F1) explains every view, term and shortcut.");
        text.setWrapText(true);
        Button guide = new Button("Open the guide");
        guide.setId("hintOpenGuide");
        guide.getStyleClass().add("accent");
        Button dismiss = new Button("Got it");
        dismiss.setId("hintDismiss");
        HBox buttons = new HBox(8, guide, dismiss);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        card = new VBox(8, title, text, buttons);
        card.setId("firstRunHint");
        card.getStyleClass().add("first-run-hint");
        card.getStylesheets().add(FirstRunHint.class.getResource("help.css").toExternalForm());
        card.setMaxSize(340, Region.USE_PREF_SIZE);
        card.setPrefWidth(340);
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(card, new Insets(16));
        guide.setOnAction(e -> {
            dismiss();
            openGuide.run();
        });
        dismiss.setOnAction(e -> dismiss());

        boolean first = !store.flag(SEEN, false);
        card.setVisible(first);
        card.setManaged(first);
        if (first) {
            store.setFlag(SEEN, true);
        }
    }

    /** The card, for a {@link StackPane} over the window's content. */
    public Node node() {
        return card;
    }

    public boolean isShowing() {
        return card.isVisible();
    }

    public void dismiss() {
        card.setVisible(false);
        card.setManaged(false);
    }
}
