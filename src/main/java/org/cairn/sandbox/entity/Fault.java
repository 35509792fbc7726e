package org.cairn.sandbox.entity;

/**
 * A fault an operator or a test asked for: the next {@code count} calls to {@code target} answer with
 * {@code kind} (an HTTP status, "slow" for a delay, or "malformed" for a 200 whose JSON body is cut short) instead
 * of their normal answer. {@code DIFFERENCES} is the NRPS calls to a {@code rel="differences"} URL only.
 */
public record Fault(Target target, String kind, int count, int retryAfterSeconds, long delayMillis) {

    public enum Target { NRPS, DIFFERENCES, AGS, TOKEN }

    public static final String TARGETS = "nrps, differences, ags, token";

    public Fault {
        if (target == null) throw new IllegalArgumentException("target must be one of " + TARGETS);
        if (!("429".equals(kind) || "500".equals(kind) || "503".equals(kind) || "slow".equals(kind)
                || "malformed".equals(kind))) {
            throw new IllegalArgumentException("kind must be one of 429, 500, 503, slow, malformed, not '" + kind + "'");
        }
        if (count < 1 || count > 10_000) throw new IllegalArgumentException("count must be 1..10000, not " + count);
        if (retryAfterSeconds < 0) retryAfterSeconds = 0;
        if (delayMillis < 0 || delayMillis > 60_000) {
            throw new IllegalArgumentException("delayMillis must be 0..60000, not " + delayMillis);
        }
    }

    public boolean slow() {
        return "slow".equals(kind);
    }

    public boolean malformed() {
        return "malformed".equals(kind);
    }

    public int status() {
        return slow() || malformed() ? 200 : Integer.parseInt(kind);
    }
}
