package org.cairn.competency.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.cairn.competency.entity.StandardType;

/**
 * What a (re-)import of a framework will do, decided before any write: items to add, items to update in place
 * (same row, so evidence recorded against them survives), items unchanged and skipped, and items missing from the
 * new version, to be retired (never deleted: evidence and plans may point at them).
 *
 * <p>An item is updated when its lastChangeDateTime is newer than the stored one; when it was retired and is back;
 * when its place in the tree (parent, sequence) moved, because CASE records a move on the isChildOf association,
 * not on the item; or, when either side has no lastChangeDateTime (CSV), when its code, statement or type differ.
 */
public record ImportPlan(List<FrameworkDraft.Item> added, List<FrameworkDraft.Item> updated,
                         List<FrameworkDraft.Item> unchanged, List<String> retired) {

    /** What is stored for one item of the framework now. */
    public record Stored(String identifier, Instant lastChange, String code, String statement, StandardType type,
                         String parentIdentifier, int sequence, boolean retired) {
    }

    public static ImportPlan of(FrameworkDraft draft, Collection<Stored> stored) {
        var byId = new HashMap<String, Stored>();
        stored.forEach(s -> byId.put(s.identifier(), s));
        var added = new ArrayList<FrameworkDraft.Item>();
        var updated = new ArrayList<FrameworkDraft.Item>();
        var unchanged = new ArrayList<FrameworkDraft.Item>();
        var present = new HashSet<String>();
        for (FrameworkDraft.Item item : draft.items()) {
            present.add(item.identifier());
            Stored now = byId.get(item.identifier());
            if (now == null) added.add(item);
            else if (changed(item, now)) updated.add(item);
            else unchanged.add(item);
        }
        var retired = stored.stream().filter(s -> !s.retired() && !present.contains(s.identifier()))
                .map(Stored::identifier).toList();
        return new ImportPlan(List.copyOf(added), List.copyOf(updated), List.copyOf(unchanged), retired);
    }

    static boolean changed(FrameworkDraft.Item item, Stored now) {
        if (now.retired()) return true;
        if (!Objects.equals(item.parentIdentifier(), now.parentIdentifier()) || item.sequence() != now.sequence()) return true;
        if (item.lastChange() != null && now.lastChange() != null) return item.lastChange().isAfter(now.lastChange());
        return !Objects.equals(item.code(), now.code()) || !Objects.equals(item.statement(), now.statement())
                || item.type() != now.type();
    }

    public String summary() {
        return added.size() + " added, " + updated.size() + " updated, " + unchanged.size() + " unchanged, "
                + retired.size() + " retired";
    }
}
