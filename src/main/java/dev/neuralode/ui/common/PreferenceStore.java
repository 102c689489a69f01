package dev.neuralode.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the window remembers small choices between starts (the diagnostics toggle, whether the
 * first-run hint was shown). Passed in rather than reached for, so that tests run on a store of
 * their own and never read or change the real user's settings.
 */
public interface PreferenceStore {

    /** The stored flag, or {@code fallback} when it was never set or cannot be read. */
    boolean flag(String key, boolean fallback);

    /** Remembers a flag; a store that cannot be written keeps it for this run only. */
    void setFlag(String key, boolean value);

    /** The user's own settings, kept by {@link Preferences} under this application's node. */
    static PreferenceStore user() {
        return new UserPreferences(Preferences.userRoot().node("dev/neuralode/explorer"));
    }

    /** A store that forgets everything when the run ends: for tests and for a window with no user. */
    static PreferenceStore inMemory() {
        Map<String, Boolean> flags = new HashMap<>();
        return new PreferenceStore() {
            @Override
            public boolean flag(String key, boolean fallback) {
                return flags.getOrDefault(key, fallback);
            }

            @Override
            public void setFlag(String key, boolean value) {
                flags.put(key, value);
            }
        };
    }

    /** {@link Preferences} behind the interface; a failing backing store degrades to this run's memory. */
    final class UserPreferences implements PreferenceStore {

        private static final System.Logger LOG = System.getLogger(UserPreferences.class.getName());
        private final Preferences node;

        UserPreferences(Preferences node) {
            this.node = node;
        }

        @Override
        public boolean flag(String key, boolean fallback) {
            return node.getBoolean(key, fallback);
        }

        @Override
        public void setFlag(String key, boolean value) {
            node.putBoolean(key, value);
            try {
                // Written now rather than at exit, so that a crash does not show the first-run hint again.
                node.flush();
            } catch (BackingStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not save the setting " + key + ": " + e.getMessage());
            }
        }
    }
}
