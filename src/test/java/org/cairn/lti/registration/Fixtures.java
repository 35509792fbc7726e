package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the LMS payloads under src/test/resources/fixtures/lti (each beside its .source.txt). */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode lti(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/lti/" + name)) {
            if (in == null) throw new IllegalStateException("No fixture " + name);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
