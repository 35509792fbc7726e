package org.cairn.infra.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The message bundles (src/main/resources/i18n/messages*.properties) for server-rendered pages and, as JSON,
 * for the front end. English and Spanish; any other locale falls back to English.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle("i18n.messages", supported(locale),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The supported locale closest to a BCP 47 tag from a launch ("es-MX" -> es, "fr" -> en, null -> en). */
    public static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return ENGLISH;
        return supported(Locale.forLanguageTag(languageTag.replace('_', '-')));
    }

    public static Locale supported(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? ENGLISH : bundle.getLocale();
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Every message, for the front end's bundle. */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            all.put(key, bundle.getString(key));
        }
        return all;
    }
}
