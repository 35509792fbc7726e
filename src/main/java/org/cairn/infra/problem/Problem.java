package org.cairn.infra.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what every 4xx and 5xx answer of the API carries, as
 * {@code application/problem+json}. {@code detail} is written for the person who must act on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions,
                      @com.fasterxml.jackson.annotation.JsonIgnore Phrase phrase) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), type.title(), status, detail, null, Map.of(), null);
    }

    /** A problem whose detail is phrased in the reader's language when the answer is written ({@link ProblemLanguage}). */
    public static Problem of(ProblemType type, int status, Phrase detail) {
        return new Problem(type.uri(), type.title(), status, detail.english(), null, Map.of(), detail);
    }

    public Problem with(String member, Object value) {
        var copy = new java.util.LinkedHashMap<>(extensions);
        copy.put(member, value);
        return new Problem(type, title, status, detail, instance, copy, phrase);
    }

    /** The same problem in another language: its title by type ({@code problemType.<slug>}), its detail by phrase. */
    public Problem in(java.util.Locale locale) {
        Messages messages = Messages.forLocale(locale);
        String slug = type == null ? null : type.getSchemeSpecificPart().replaceFirst("^cairn:problem:", "");
        String localTitle = slug == null ? title : messages.find("problemType." + slug).orElse(title);
        String localDetail = phrase == null ? detail : phrase.in(locale);
        @SuppressWarnings("unchecked")
        Map<String, Object> localExtensions = (Map<String, Object>) phrased(extensions, locale);
        return new Problem(type, localTitle, status, localDetail, instance, localExtensions, phrase);
    }

    /**
     * Extension members (RFC 9457 §3.2) appear beside the standard ones. A {@link Phrase} among them (a field's
     * message in {@code errors}) is written in English unless the problem was put in another language.
     */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        @SuppressWarnings("unchecked")
        Map<String, Object> english = (Map<String, Object>) phrased(extensions, Messages.ENGLISH);
        return english;
    }

    private static Object phrased(Object value, java.util.Locale locale) {
        if (value instanceof Phrase phrase) return phrase.in(locale);
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, phrased(v, locale)));
            return copy;
        }
        if (value instanceof java.util.List<?> list) return list.stream().map(v -> phrased(v, locale)).toList();
        return value;
    }

}
