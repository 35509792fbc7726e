package org.cairn.mastery.control;

import java.util.Locale;
import org.cairn.infra.i18n.Phrase;

/**
 * A piece of evidence a calculation left out, and why, in words a teacher can check: a {@link Phrase}
 * ({@code mastery.server.excluded.*}) written in the reader's language.
 */
public record Exclusion(Observation evidence, Phrase reason) {

    public String reasonIn(Locale locale) {
        return reason.in(locale);
    }

    public String englishReason() {
        return reason.english();
    }
}
