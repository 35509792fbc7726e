package org.cairn.infra.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The message bundles (src/main/resources/i18n/*.properties) for server-rendered pages and, as JSON,
 * for the front end. English and Spanish; any other locale falls back to English.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private final Locale locale;
    private final Map<String, String> messages;
    private final Map<String, String> forPages;

    private Messages(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = messages;
        // Computed once per loaded bundle: every page asks for it.
        Map<String, String> pages = new TreeMap<>();
        messages.forEach((key, text) -> {
            if (!isServerOnly(key)) pages.put(key, text);
        });
        this.forPages = Collections.unmodifiableMap(pages);
    }

    /**
     * One bundle per feature, so features add messages without touching each other's files:
     * src/main/resources/i18n/NAME.properties and NAME_es.properties.
     */
    static final List<String> BUNDLES = List.of("messages", "lti", "registration", "sandbox", "roster", "grades",
            "competency", "mastery", "plans", "rotations");

    private static final Map<Locale, Messages> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    public static Messages forLocale(Locale locale) {
        return LOADED.computeIfAbsent(supported(locale), Messages::load);
    }

    private static Messages load(Locale locale) {
        Map<String, String> merged = new TreeMap<>();
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n." + name, locale, Messages.class.getClassLoader(), control);
                for (String key : Collections.list(bundle.getKeys())) {
                    merged.put(key, bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // A feature without messages yet.
            }
        }
        return new Messages(locale, Map.copyOf(merged));
    }

    /** The supported locale closest to a BCP 47 tag from a launch ("es-MX" -> es, "fr" -> en, null -> en). */
    public static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return ENGLISH;
        return supported(Locale.forLanguageTag(languageTag.replace('_', '-')));
    }

    /**
     * The supported locale an {@code Accept-Language} header asks for most: its highest-weighted range, so
     * "en;q=0.4, es" is Spanish. No header, a malformed one, "*" or a language Cairn does not have is English.
     */
    public static Locale accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return ENGLISH;
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, ties in header order
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ranges.stream().filter(range -> range.getWeight() > 0).findFirst()
                .map(range -> range.getRange().equals("*") ? ENGLISH : supported(range.getRange()))
                .orElse(ENGLISH);
    }

    /** The bundle for a request's {@code Accept-Language} header ({@link #accepted(String)}). */
    public static Messages forAcceptLanguage(String acceptLanguage) {
        return forLocale(accepted(acceptLanguage));
    }

    public static Locale supported(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = messages.get(key);
        if (pattern == null) return key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** A date as this language writes it in a sentence: "December 7, 2026", "7 de diciembre de 2026". */
    public String longDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(date);
    }

    /** The message, or empty when no bundle has the key (where a caller has a fallback of its own). */
    public java.util.Optional<String> find(String key) {
        return java.util.Optional.ofNullable(messages.get(key));
    }

    /** Every message, for the front end's bundle. */
    public Map<String, String> all() {
        return new TreeMap<>(messages);
    }

    /**
     * The messages a page's script uses: every one but those the server phrases itself in the page's language:
     * problem sentences ({@code <feature>.problem.*}), problem titles ({@code problemType.*}) and other sentences
     * the server writes into its answers ({@code <feature>.server.*}).
     */
    public Map<String, String> forPages() {
        return forPages;
    }

    static boolean isServerOnly(String key) {
        return key.startsWith("problemType.") || key.contains(".problem.") || key.contains(".server.");
    }
}
