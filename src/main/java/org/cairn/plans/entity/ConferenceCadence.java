package org.cairn.plans.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How often a teacher means to see every student. */
public enum ConferenceCadence {
    WEEKLY(7), BIWEEKLY(14);

    private final int days;

    ConferenceCadence(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** Overdue: the last held conference is older than the cadence (held on day 0, due again by day {@code days}). */
    public boolean isOverdue(LocalDate lastHeld, LocalDate today) {
        return daysOverdue(lastHeld, today) > 0;
    }

    public long daysOverdue(LocalDate lastHeld, LocalDate today) {
        return ChronoUnit.DAYS.between(lastHeld, today) - days;
    }
}
