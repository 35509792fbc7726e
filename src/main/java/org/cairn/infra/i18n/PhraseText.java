package org.cairn.infra.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A {@link Phrase} kept in one text column, so a sentence a person reads later is stored as its bundle key and
 * arguments and phrased in the reader's language when it is read: {@code {"key":"…","arguments":["…",…]}}. An
 * argument that is itself a phrase is kept the same way inside; other arguments are kept as text (pass numbers as
 * strings, as for any phrase), cut at {@value #MAX_ARGUMENT} characters (a URL with a long cursor, an LMS's answer),
 * so a phrase of a few arguments fits a VARCHAR(8000) column. Used by entities
 * ({@code @Convert(converter = PhraseText.class)}) and by JDBC code ({@link #write}, {@link #read}).
 */
@Converter
public class PhraseText implements AttributeConverter<Phrase, String> {

    public static final int MAX_ARGUMENT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Phrase phrase) {
        return write(phrase);
    }

    @Override
    public Phrase convertToEntityAttribute(String text) {
        return read(text);
    }

    /** The phrase as stored; null for none. */
    public static String write(Phrase phrase) {
        if (phrase == null) return null;
        try {
            return JSON.writeValueAsString(kept(phrase));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("phrase " + phrase.key() + " could not be written as JSON", e);
        }
    }

    /** The phrase stored in a column; null for a null or blank column. */
    public static Phrase read(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return JSON.readValue(text, Phrase.class); // a stored phrase without a key fails in Phrase's constructor
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a stored phrase is not readable: " + text, e);
        }
    }

    /**
     * What a row says in its phrase column, or else the English sentence it kept in its old text column before it kept
     * phrases, shown as written ({@link Phrase#asWritten}); null when it has neither.
     */
    public static Phrase read(String phrase, String writtenBefore) {
        Phrase stored = read(phrase);
        if (stored != null) return stored;
        return writtenBefore == null ? null : Phrase.asWritten(writtenBefore);
    }

    /** The phrase as it is kept: every argument that is not a phrase as text, cut short. */
    private static Phrase kept(Phrase phrase) {
        return new Phrase(phrase.key(), phrase.arguments().stream()
                .map(argument -> argument instanceof Phrase inner ? kept(inner) : (Object) cut(String.valueOf(argument)))
                .toList());
    }

    private static String cut(String text) {
        return text.length() <= MAX_ARGUMENT ? text : text.substring(0, MAX_ARGUMENT - 1) + "…";
    }
}
