package org.cairn.lti.launch.entity;

import java.util.Objects;

/**
 * A login or launch refused for a {@link Reason}; the detail says what failed with the offending values, in words
 * an LMS admin can act on. It never carries the token.
 */
public class LaunchRejected extends RuntimeException {

    private final Reason reason;

    public LaunchRejected(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status();
    }

    public String detail() {
        return getMessage();
    }
}
