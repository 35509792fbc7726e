package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairn.competency.entity.StandardType;

/** Puts validated (acyclic, single-parent) items in tree order with 1-based sibling positions. */
final class Trees {

    private Trees() {
    }

    interface ItemMaker<T> {
        T make(String id, String parent, int sequence, boolean hasChildren);
    }

    /**
     * Depth-first, siblings by their given sequence number (CASE sequenceNumber, CSV sequence), unnumbered ones after
     * the numbered in file order. parents maps child to parent, "" or absent for top level.
     */
    static <T> List<T> inTreeOrder(Collection<String> idsInFileOrder, Map<String, String> parents,
                                   Map<String, Integer> sequences, ItemMaker<T> maker) {
        var fileOrder = new HashMap<String, Integer>();
        var children = new HashMap<String, List<String>>();
        int i = 0;
        for (String id : idsInFileOrder) {
            fileOrder.put(id, i++);
            String parent = parents.getOrDefault(id, "");
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
        }
        Comparator<String> bySequence = Comparator
                .comparing((String id) -> sequences.get(id), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(fileOrder::get);
        children.values().forEach(list -> list.sort(bySequence));
        var out = new ArrayList<T>(idsInFileOrder.size());
        var stack = new ArrayList<String[]>(); // {id, parent, position}
        addChildren(stack, children.getOrDefault("", List.of()), "");
        while (!stack.isEmpty()) {
            String[] top = stack.remove(stack.size() - 1);
            String id = top[0];
            List<String> kids = children.getOrDefault(id, List.of());
            out.add(maker.make(id, top[1].isEmpty() ? null : top[1], Integer.parseInt(top[2]), !kids.isEmpty()));
            addChildren(stack, kids, id);
        }
        return out;
    }

    private static void addChildren(List<String[]> stack, List<String> kids, String parent) {
        for (int k = kids.size() - 1; k >= 0; k--) stack.add(new String[] {kids.get(k), parent, String.valueOf(k + 1)});
    }

    /** An item without a type: a top-level group is a domain, an inner group a cluster, a leaf a standard. */
    static StandardType inferType(String parent, boolean hasChildren) {
        if (!hasChildren) return StandardType.STANDARD;
        return parent == null ? StandardType.DOMAIN : StandardType.CLUSTER;
    }
}
