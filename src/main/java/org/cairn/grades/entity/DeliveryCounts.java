package org.cairn.grades.entity;

/** How a line item's scores stand, for the teacher: delivered, still on their way, and needing a person. */
public record DeliveryCounts(long delivered, long pending, long needsAttention, long superseded) {
}
