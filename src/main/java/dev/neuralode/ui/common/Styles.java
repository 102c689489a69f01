package dev.neuralode.ui.common;

/** The explorers' shared style sheet, so that every tab looks like the others. */
public final class Styles {

    private Styles() {
    }

    /** The URL of {@code explorer.css}, for {@code getStylesheets().add(...)}. */
    public static String sheet() {
        return Styles.class.getResource("explorer.css").toExternalForm();
    }
}
