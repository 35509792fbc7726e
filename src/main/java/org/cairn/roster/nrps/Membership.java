package org.cairn.roster.nrps;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A whole membership read: every member of every page, the {@code rel="differences"} link when the platform
 * offered one (fetch it next time for changes only), and how many pages it took.
 */
public record Membership(List<Member> members, Optional<URI> differences, int pages) {

    public Membership {
        members = List.copyOf(members);
    }
}
