package org.cairn.infra.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

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
            return JSON.writeValueAsString(node(phrase));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("phrase " + phrase.key() + " could not be written as JSON", e);
        }
    }

    /** The phrase stored in a column; null for a null or blank column. */
    public static Phrase read(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return phrase(JSON.readTree(text));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a stored phrase is not readable: " + text, e);
        }
    }

    private static ObjectNode node(Phrase phrase) {
        ObjectNode node = JSON.createObjectNode().put("key", phrase.key());
        ArrayNode arguments = node.putArray("arguments");
        for (Object argument : phrase.arguments()) {
            if (argument instanceof Phrase inner) arguments.add(node(inner));
            else arguments.add(cut(String.valueOf(argument)));
        }
        return node;
    }

    private static String cut(String text) {
        return text.length() <= MAX_ARGUMENT ? text : text.substring(0, MAX_ARGUMENT - 1) + "…";
    }

    private static Phrase phrase(JsonNode node) {
        List<Object> arguments = new ArrayList<>();
        for (JsonNode argument : node.path("arguments")) {
            arguments.add(argument.isObject() ? phrase(argument) : argument.asText());
        }
        String key = node.path("key").asText(null);
        if (key == null) throw new IllegalArgumentException("no key");
        return new Phrase(key, arguments);
    }
}
