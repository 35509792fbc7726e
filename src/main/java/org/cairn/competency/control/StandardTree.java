package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.entity.Standard;

/** A framework's active standards as a tree: top-level items first, siblings by their sequence number. */
public final class StandardTree {

    /** One standard and its children (empty for a leaf). */
    public record Node(UUID id, String identifier, String code, String statement, String type, String typeTitle,
                       int sequence, List<Node> children) {
    }

    private StandardTree() {
    }

    public static List<Node> of(List<Standard> standards) {
        var active = standards.stream().filter(s -> !s.retired()).toList();
        var ids = new java.util.HashSet<UUID>();
        active.forEach(s -> ids.add(s.id()));
        Map<UUID, List<Standard>> children = new HashMap<>();
        var roots = new ArrayList<Standard>();
        for (Standard s : active) {
            // A child whose parent was retired is shown at the top rather than hidden.
            if (s.parentId() == null || !ids.contains(s.parentId())) roots.add(s);
            else children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
        }
        return nodes(roots, children);
    }

    private static List<Node> nodes(List<Standard> level, Map<UUID, List<Standard>> children) {
        return level.stream()
                .sorted(Comparator.comparingInt(Standard::sequenceNumber).thenComparing(s -> s.code() == null ? "" : s.code()))
                .map(s -> new Node(s.id(), s.identifier(), s.code(), s.statement(), s.type().name(), s.typeTitle(),
                        s.sequenceNumber(), nodes(children.getOrDefault(s.id(), List.of()), children)))
                .toList();
    }
}
