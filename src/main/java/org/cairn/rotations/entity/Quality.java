package org.cairn.rotations.entity;

/**
 * How good a set of groups is, in scale points. For skill groups the within-group spread should be small; for
 * mixed groups the spread of group means should be small and every group should have a student at mastery.
 * {@code hardBreaks} counts broken keep-apart pairs, split keep-together sets and groups outside the size bounds
 * (always 0 for Cairn's methods; the baselines ignore constraints).
 */
public record Quality(String method, int groups, double meanWithinSd, double meanWithinRange, double sdOfGroupMeans,
                      int groupsWithMastery, int hardBreaks) {
}
