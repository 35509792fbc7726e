package org.cairn.mastery.entity;

/** How evidence becomes a mastery level (see docs/mastery.md for each formula). */
public enum MethodKind {
    HIGHEST(false),
    MOST_RECENT(true),
    AVERAGE(false),
    MODE(false),
    N_TIMES(false),
    WEIGHTED_AVERAGE(true),
    DECAYING_AVERAGE(true),
    POWER_LAW(true);

    private final boolean orderSensitive;

    MethodKind(boolean orderSensitive) {
        this.orderSensitive = orderSensitive;
    }

    /** Whether the order of the evidence (by date observed) can change the result. */
    public boolean orderSensitive() {
        return orderSensitive;
    }
}
