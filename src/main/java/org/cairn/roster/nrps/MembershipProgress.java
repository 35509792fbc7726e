package org.cairn.roster.nrps;

/** Told after each page, so a long roster sync can show progress. */
@FunctionalInterface
public interface MembershipProgress {

    MembershipProgress NONE = (members, page) -> { };

    void pageRead(int membersSoFar, int page);
}
