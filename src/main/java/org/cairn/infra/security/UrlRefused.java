package org.cairn.infra.security;

import org.cairn.infra.i18n.Phrase;

/**
 * A URL {@link OutboundUrlPolicy} will not let Cairn call, with the reason in words a person can act on, phrased in
 * the reader's language where it is shown (the message is the English sentence, for the log).
 */
public class UrlRefused extends RuntimeException {

    public enum Reason { MISSING_INPUT, URL_REFUSED, UNREACHABLE }

    private final Reason reason;
    private final transient Phrase phrase;

    public UrlRefused(Reason reason, Phrase phrase) {
        super(phrase.english());
        this.reason = reason;
        this.phrase = phrase;
    }

    public Reason reason() {
        return reason;
    }

    public Phrase phrase() {
        return phrase;
    }
}
