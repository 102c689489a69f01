package dev.neuralode.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The keyboard shortcuts as the guide lists them: every menu item's accelerator, read from the
 * window's menus when the guide opens (so the list is what the keys do, whoever adds a menu item),
 * plus the keys that tabs take for themselves with a key filter and so have no menu accelerator.
 */
final class Shortcuts {

    /** One row: the keys, what they do, and where (a menu, or the tab that takes them). */
    record Row(String keys, String action, String where) {
    }

    /** Keys taken by the tabs' own key filters (density: DensityTab; latent: LatentTab). */
    static final List<Row> TAB_KEYS = List.of(
            new Row("Space", "Play / Pause (not while typing in a field)", "Density flows, Latent ODE"),
            new Row("Ctrl+T", "Step: one training iteration", "Latent ODE"),
            new Row("Ctrl+R", "Reset: a new model with the settings shown", "Latent ODE"),
            new Row("Ctrl+Z", "Undo the last added or removed observation", "Latent ODE"),
            new Row("Ctrl+I", "Import series (CSV)", "Latent ODE"));

    private Shortcuts() {
    }

    /** The menu accelerators in menu order, then {@link #TAB_KEYS}. */
    static List<Row> of(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText() + " menu", rows);
        }
        rows.addAll(TAB_KEYS);
        return rows;
    }

    private static void collect(Menu menu, String where, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, where + " > " + sub.getText(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(item.getAccelerator().getDisplayText(), item.getText().replace("...", ""), where));
            }
        }
    }
}
