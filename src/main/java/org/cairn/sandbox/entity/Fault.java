package org.cairn.sandbox.entity;

/**
 * A fault an operator or a test asked for: the next {@code count} calls to {@code target} answer with
 * {@code kind} (an HTTP status, or "slow" for a delay) instead of their normal answer.
 */
public record Fault(Target target, String kind, int count, int retryAfterSeconds, long delayMillis) {

    public enum Target { NRPS, AGS, TOKEN }

    public Fault {
        if (target == null) throw new IllegalArgumentException("target must be one of nrps, ags, token");
        if (!("429".equals(kind) || "500".equals(kind) || "503".equals(kind) || "slow".equals(kind))) {
            throw new IllegalArgumentException("kind must be one of 429, 500, 503, slow, not '" + kind + "'");
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

    public int status() {
        return slow() ? 200 : Integer.parseInt(kind);
    }
}
