package org.cairn.infra.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Describes a JSON error in words, with the field path and position, without echoing the body back. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(JsonProcessingException exception) {
        StringBuilder text = new StringBuilder();
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            text.append("The field '").append(path.replace(".[", "[")).append("' has a value of the wrong type or form");
        } else if (exception instanceof JsonMappingException) {
            text.append("The JSON body does not have the expected shape");
        } else {
            text.append("The body is not valid JSON");
        }
        JsonLocation location = exception.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(')');
        }
        String reason = exception.getOriginalMessage();
        if (reason != null) {
            // Jackson's own wording is useful ("Unexpected character ('}')"), minus anything after a newline.
            int newline = reason.indexOf('\n');
            text.append(": ").append(newline > 0 ? reason.substring(0, newline) : reason);
        }
        return text.toString();
    }
}
