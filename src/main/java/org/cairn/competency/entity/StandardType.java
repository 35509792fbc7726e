package org.cairn.competency.entity;

import java.util.Locale;

/** What an item of a framework is, as teachers group them. */
public enum StandardType {
    DOMAIN, CLUSTER, STANDARD, HABIT, OTHER;

    /**
     * Classifies a CASE item type title (CFItemType, or the title of CFItemTypeURI). Publishers name types freely
     * ("Strand", "Conceptual Category", "Benchmark", "Performance Indicator"), so this matches words, not codes.
     */
    public static StandardType classify(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.isBlank()) return OTHER;
        if (t.contains("habit") || t.contains("disposition") || t.contains("social") || t.contains("practice")) return HABIT;
        if (t.contains("cluster") || t.contains("sub-strand") || t.contains("substrand")) return CLUSTER;
        if (t.contains("domain") || t.contains("strand") || t.contains("category") || t.contains("grade level")) return DOMAIN;
        if (t.contains("standard") || t.contains("benchmark") || t.contains("indicator") || t.contains("objective")
                || t.contains("competency") || t.contains("expectation") || t.contains("outcome")) return STANDARD;
        return OTHER;
    }
}
