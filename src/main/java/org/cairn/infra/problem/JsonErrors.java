package org.cairn.infra.problem;

import org.cairn.infra.i18n.Phrase;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Describes a JSON error in words, with the field path and position, without echoing the body back. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Phrase describe(JsonProcessingException exception) {
        Phrase text;
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            text = Phrase.of("infra.problem.jsonField", path.replace(".[", "["));
        } else if (exception instanceof JsonMappingException) {
            text = Phrase.of("infra.problem.jsonShape");
        } else {
            text = Phrase.of("infra.problem.jsonSyntax");
        }
        JsonLocation location = exception.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text = Phrase.of("infra.problem.jsonAt", text, String.valueOf(location.getLineNr()),
                    String.valueOf(location.getColumnNr()));
        }
        String reason = exception.getOriginalMessage();
        if (reason != null) {
            // Jackson's own wording is useful ("Unexpected character ('}')"), minus anything after a newline.
            int newline = reason.indexOf('\n');
            text = Phrase.of("infra.problem.jsonBecause", text, newline > 0 ? reason.substring(0, newline) : reason);
        }
        return text;
    }
}
