package dev.neuralode.train;

import java.util.function.Function;

/**
 * A message whose remedies name {@link Setting}s by slot ({@code {LEARNING_RATE}}), so that the same
 * diagnosis reads "lower --lr" on the command line and "lower the Learning rate control" in the
 * window, and never names a Java API.
 *
 * @param template the text with a slot {@link #slot} for each setting it names
 */
public record Advice(String template) {

    /** Where a setting's name goes in a template. */
    public static String slot(Setting setting) {
        return "{" + setting.name() + "}";
    }

    /** The text with each setting named by {@code names}. */
    public String render(Function<Setting, String> names) {
        String text = template;
        for (Setting s : Setting.values()) {
            text = text.replace(slot(s), names.apply(s));
        }
        return text;
    }

    /** The text with each setting in plain words. */
    public String plain() {
        return render(Setting::words);
    }

    @Override
    public String toString() {
        return plain();
    }
}
