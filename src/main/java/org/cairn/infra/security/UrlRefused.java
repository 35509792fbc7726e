package org.cairn.infra.security;

/** A URL {@link OutboundUrlPolicy} will not let Cairn call, with the reason in words a person can act on. */
public class UrlRefused extends RuntimeException {

    public enum Reason { MISSING_INPUT, URL_REFUSED, UNREACHABLE }

    private final Reason reason;

    public UrlRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
