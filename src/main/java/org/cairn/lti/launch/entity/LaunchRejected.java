package org.cairn.lti.launch.entity;

import java.util.Locale;
import java.util.Objects;
import org.cairn.infra.i18n.Phrase;

/**
 * A login or launch refused for a {@link Reason}; the detail says what failed with the offending values, in words
 * an LMS admin can act on. It is kept as a {@link Phrase} so the page can say it in the reader's language, while
 * {@link #detail()} (the message, for the log) stays English. It never carries the token.
 */
public class LaunchRejected extends RuntimeException {

    private final Reason reason;
    private final transient Phrase phrase;

    public LaunchRejected(Reason reason, Phrase detail) {
        super(detail.english(), null, false, false);
        this.reason = Objects.requireNonNull(reason);
        this.phrase = detail;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status();
    }

    /** The English sentence: the log line and the exception's message. */
    public String detail() {
        return getMessage();
    }

    public Phrase phrase() {
        return phrase;
    }

    /** The sentence for a page in the reader's language. */
    public String detailIn(Locale locale) {
        return phrase.in(locale);
    }
}
