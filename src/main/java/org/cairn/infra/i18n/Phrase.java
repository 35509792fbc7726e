package org.cairn.infra.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence for a person, kept as its bundle key and arguments until the reader's language is known: a problem
 * detail is phrased when the answer is written, in the language the page asked for ({@code Accept-Language}).
 * Patterns with arguments are {@link java.text.MessageFormat}s, so an apostrophe in them is written {@code ''};
 * pass ids, years and counts that must not be grouped ("2,026") as strings.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        // List.copyOf refuses nulls; an absent value reads as an empty string, as in the page's own messages.
        arguments = arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, java.util.Arrays.asList(arguments));
    }

    /**
     * A sentence kept as it was written (in English, before it was kept as a phrase), shown as it is in any language.
     */
    public static Phrase asWritten(String sentence) {
        return of("infra.server.asWritten", sentence);
    }

    /**
     * A phrase read back from JSON that Jackson wrote from it (a grouping's stored result): an argument that was a
     * phrase comes back as a phrase, not as the map Jackson would otherwise make of an {@code Object}.
     */
    @JsonCreator
    static Phrase fromJson(@JsonProperty("key") String key, @JsonProperty("arguments") List<Object> arguments) {
        return new Phrase(key, arguments == null ? List.of()
                : arguments.stream().map(Phrase::argumentFromJson).toList());
    }

    @SuppressWarnings("unchecked")
    private static Object argumentFromJson(Object argument) {
        if (argument instanceof Map<?, ?> map && map.get("key") instanceof String key
                && (map.get("arguments") == null || map.get("arguments") instanceof List<?>)) {
            return fromJson(key, (List<Object>) map.get("arguments"));
        }
        return argument;
    }

    /** The sentence in a language; an argument that is itself a phrase is phrased in the same language first. */
    public String in(Locale locale) {
        Object[] phrased = arguments.stream().map(a -> a instanceof Phrase inner ? inner.in(locale) : a).toArray();
        return Messages.forLocale(locale).get(key, phrased);
    }

    /** The English sentence: the exception's message, the server's log and any client that asks for no language. */
    public String english() {
        return in(Messages.ENGLISH);
    }
}
