package org.conferenceplanner.ui.infra;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's texts, from {@code org/conferenceplanner/ui/messages.properties}, with stable dotted
 * keys and {@link MessageFormat} placeholders. Immutable, any thread.
 */
public final class Messages {

    public static final String BUNDLE = "org.conferenceplanner.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}; a missing key shows itself rather than failing the window. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
