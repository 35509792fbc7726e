package org.cairn.tenancy.entity;

import org.cairn.infra.i18n.Phrase;

/**
 * A value a registration refuses (an endpoint that is not an http(s) URL, a frame origin with a path), with the
 * rule as a {@link Phrase} of registration*.properties so the operator admin answers it in the reader's language.
 * Still an {@link IllegalArgumentException} whose message is the English sentence, for every other caller.
 */
public class RegistrationValueRefused extends IllegalArgumentException {

    private final transient Phrase phrase;

    RegistrationValueRefused(String key, Object... arguments) {
        this(Phrase.of(key, arguments));
    }

    private RegistrationValueRefused(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }
}
