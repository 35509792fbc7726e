package org.cairn.competency.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.competency.entity.AssociationKind;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Phrase;

/**
 * Reads a CASE 1.0/1.1 CFPackage (JSON binding: CFDocument, CFItems, CFAssociations, optional CFDefinitions) and
 * validates it completely before anything is written, collecting every problem into one {@link FrameworkRejected}.
 *
 * <p>References: an association end is matched to this package by identifier, then by URI. isChildOf must stay
 * inside this document (its destination is the CFDocument itself for a top-level item, or an item of the package):
 * a hierarchy cannot hang from an item Cairn does not have, so a missing parent is an error. Any other association
 * with one end outside the package is an external link (a crosswalk to another framework) and is kept by identifier
 * and URI; only an association with neither end in the package is an error.
 */
public final class CasePackageReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CasePackageReader() {
    }

    public static FrameworkDraft read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            // Jackson's own wording says what broke ("Unexpected character"): English data, as in infra's JSON problems.
            Phrase notJson = where == null ? Phrase.of("competency.problem.caseInvalidJson", e.getOriginalMessage())
                    : Phrase.of("competency.problem.caseInvalidJsonAt", String.valueOf(where.getLineNr()),
                            String.valueOf(where.getColumnNr()), e.getOriginalMessage());
            throw new FrameworkRejected(FrameworkRejected.casePackage(null),
                    List.of(ImportProblem.of("invalid-json", notJson)));
        }
        return new Reading(root).draft();
    }

    /** One pass over one package: the problems found so far and the lookups the checks need. */
    private static final class Reading {
        private final JsonNode root;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, JsonNode> itemsById = new LinkedHashMap<>();
        private final Map<String, String> idByUri = new HashMap<>();
        private final Map<String, String> typeTitles = new HashMap<>();
        private String documentId;
        private String documentUri;

        Reading(JsonNode root) {
            this.root = root;
        }

        FrameworkDraft draft() {
            if (root == null || !root.isObject()) {
                throw reject(ImportProblem.of("not-a-package", Phrase.of("competency.problem.caseNotAPackage")));
            }
            JsonNode doc = root.path("CFDocument");
            if (!doc.isObject() || text(doc, "identifier") == null) {
                throw reject(ImportProblem.of("missing-document", Phrase.of("competency.problem.caseNoDocument")));
            }
            documentId = text(doc, "identifier");
            documentUri = text(doc, "uri");
            if (text(doc, "title") == null) {
                problems.add(ImportProblem.ofItem("missing-title", Phrase.of("competency.problem.caseNoTitle"), documentId, null));
            }
            Instant docChange = instant(doc, "lastChangeDateTime", documentId, null);
            readDefinitions();
            readItems();
            var parents = new HashMap<String, String>();
            var sequences = new HashMap<String, Integer>();
            var links = readAssociations(parents, sequences);
            findCycles(parents);
            if (!problems.isEmpty()) throw new FrameworkRejected(FrameworkRejected.casePackage(documentId), problems);

            var document = new FrameworkDraft.Document(documentId, documentUri, text(doc, "title"),
                    text(doc, "creator"), text(doc, "version"), docChange, text(doc, "adoptionStatus"),
                    FrameworkSource.CASE);
            return new FrameworkDraft(document, Trees.inTreeOrder(itemsById.keySet(), parents, sequences,
                    (id, parent, sequence, hasChildren) -> item(id, parent, sequence, hasChildren)), links);
        }

        private FrameworkDraft.Item item(String id, String parent, int sequence, boolean hasChildren) {
            JsonNode n = itemsById.get(id);
            String typeTitle = text(n, "CFItemType");
            if (typeTitle == null) typeTitle = text(n.path("CFItemTypeURI"), "title");
            if (typeTitle == null) typeTitle = typeTitles.get(text(n.path("CFItemTypeURI"), "identifier"));
            StandardType type = typeTitle != null ? StandardType.classify(typeTitle) : Trees.inferType(parent, hasChildren);
            return new FrameworkDraft.Item(id, text(n, "uri"), text(n, "humanCodingScheme"), text(n, "fullStatement"),
                    typeTitle, type, instant(n, "lastChangeDateTime", id, text(n, "humanCodingScheme")), parent, sequence);
        }

        private void readDefinitions() {
            for (JsonNode t : root.path("CFDefinitions").path("CFItemTypes")) {
                if (text(t, "identifier") != null && text(t, "title") != null) {
                    typeTitles.put(text(t, "identifier"), text(t, "title"));
                }
            }
        }

        private void readItems() {
            JsonNode items = root.path("CFItems");
            if (!items.isMissingNode() && !items.isArray()) {
                problems.add(ImportProblem.of("items-not-a-list", Phrase.of("competency.problem.caseItemsNotAList")));
                return;
            }
            int index = 0;
            for (JsonNode item : items) {
                index++;
                String id = text(item, "identifier");
                String code = text(item, "humanCodingScheme");
                if (id == null) {
                    problems.add(ImportProblem.ofItem("missing-identifier",
                            Phrase.of("competency.problem.caseItemNoIdentifier", String.valueOf(index)), null, code));
                    continue;
                }
                if (itemsById.containsKey(id) || id.equals(documentId)) {
                    problems.add(ImportProblem.ofItem("duplicate-identifier", code == null
                            ? Phrase.of("competency.problem.caseIdentifierTwice", id)
                            : Phrase.of("competency.problem.caseIdentifierTwiceCode", id, code), id, code));
                    continue;
                }
                if (text(item, "fullStatement") == null) {
                    problems.add(ImportProblem.ofItem("missing-statement",
                            Phrase.of("competency.problem.caseItemNoStatement", label(id, code)), id, code));
                }
                itemsById.put(id, item);
                if (text(item, "uri") != null) idByUri.put(text(item, "uri"), id);
            }
        }

        private List<FrameworkDraft.Link> readAssociations(Map<String, String> parents, Map<String, Integer> sequences) {
            var links = new ArrayList<FrameworkDraft.Link>();
            var seen = new HashMap<String, Boolean>();
            int index = 0;
            for (JsonNode a : root.path("CFAssociations")) {
                index++;
                String id = text(a, "identifier");
                Phrase where = id != null ? Phrase.of("competency.problem.caseAssociation", id)
                        : Phrase.of("competency.problem.caseAssociationAt", String.valueOf(index));
                if (id != null && seen.put(id, true) != null) {
                    problems.add(ImportProblem.ofItem("duplicate-identifier",
                            Phrase.of("competency.problem.caseAssociationIdentifierTwice", id), id, null));
                    continue;
                }
                var kind = AssociationKind.ofCaseName(text(a, "associationType"));
                if (kind.isEmpty()) {
                    problems.add(ImportProblem.ofItem("missing-association-type",
                            Phrase.of("competency.problem.caseNoAssociationType", where), id, null));
                    continue;
                }
                JsonNode origin = a.path("originNodeURI");
                JsonNode destination = a.path("destinationNodeURI");
                String originId = resolve(origin);
                String destinationId = resolve(destination);
                Integer sequence = a.path("sequenceNumber").canConvertToInt() ? a.path("sequenceNumber").asInt() : null;
                if (kind.get() == AssociationKind.IS_CHILD_OF) {
                    child(where, id, origin, originId, destination, destinationId, sequence, parents, sequences);
                    continue;
                }
                boolean originInside = originId != null && !originId.equals(documentId);
                boolean destinationInside = destinationId != null && !destinationId.equals(documentId);
                if (!originInside && !destinationInside) {
                    problems.add(ImportProblem.ofItem("dangling-association",
                            Phrase.of("competency.problem.caseDanglingAssociation", where,
                                    text(a, "associationType"), nodeLabel(origin), nodeLabel(destination)), id, null));
                    continue;
                }
                links.add(new FrameworkDraft.Link(id, kind.get(), text(a, "associationType"),
                        end(origin, originId, originInside), end(destination, destinationId, destinationInside), sequence));
            }
            return links;
        }

        private void child(Phrase where, String id, JsonNode origin, String originId, JsonNode destination,
                           String destinationId, Integer sequence, Map<String, String> parents, Map<String, Integer> sequences) {
            if (originId == null || originId.equals(documentId)) {
                problems.add(ImportProblem.ofItem("dangling-reference", Phrase.of("competency.problem.caseDanglingChild",
                        where, nodeLabel(origin)), text(origin, "identifier"), null));
                return;
            }
            String code = text(itemsById.get(originId), "humanCodingScheme");
            if (destinationId == null) {
                problems.add(ImportProblem.ofItem("dangling-reference", Phrase.of("competency.problem.caseDanglingParent",
                        where, nodeLabel(destination), label(originId, code)), originId, code));
                return;
            }
            String parent = destinationId.equals(documentId) ? "" : destinationId;
            String earlier = parents.putIfAbsent(originId, parent);
            if (earlier != null && !earlier.equals(parent)) {
                problems.add(ImportProblem.ofItem("two-parents", Phrase.of("competency.problem.caseTwoParents",
                        label(originId, code), parentLabel(earlier), parentLabel(parent)), originId, code));
                return;
            }
            if (sequence != null) sequences.put(originId, sequence);
        }

        private void findCycles(Map<String, String> parents) {
            var state = new HashMap<String, Integer>(); // 1 = on the current path, 2 = done
            for (String start : parents.keySet()) {
                var path = new ArrayList<String>();
                String node = start;
                while (node != null && !node.isEmpty() && !state.containsKey(node)) {
                    state.put(node, 1);
                    path.add(node);
                    node = parents.get(node);
                }
                if (node != null && state.get(node) != null && state.get(node) == 1) {
                    var cycle = path.subList(path.indexOf(node), path.size());
                    var names = cycle.stream().map(i -> label(i, text(itemsById.get(i), "humanCodingScheme"))).toList();
                    for (String member : cycle) {
                        problems.add(ImportProblem.ofItem("cycle", Phrase.of("competency.problem.caseCycle",
                                String.join(" → ", names) + " → " + names.get(0)), member,
                                text(itemsById.get(member), "humanCodingScheme")));
                    }
                }
                path.forEach(p -> state.put(p, 2));
            }
        }

        /** An end's identifier in this package (an item's, or the document's), or null when it is outside. */
        private String resolve(JsonNode node) {
            String id = text(node, "identifier");
            String uri = text(node, "uri");
            if (id != null && (itemsById.containsKey(id) || id.equals(documentId))) return id;
            if (uri != null && idByUri.containsKey(uri)) return idByUri.get(uri);
            if (uri != null && uri.equals(documentUri)) return documentId;
            return null;
        }

        private FrameworkDraft.End end(JsonNode node, String resolved, boolean inside) {
            return new FrameworkDraft.End(inside ? resolved : text(node, "identifier"), text(node, "uri"),
                    text(node, "title"), !inside);
        }

        /** The document (a phrase) or an item's label. */
        private Object parentLabel(String parent) {
            return parent.isEmpty() ? Phrase.of("competency.problem.caseTheDocument")
                    : label(parent, text(itemsById.get(parent), "humanCodingScheme"));
        }

        private Instant instant(JsonNode node, String field, String id, String code) {
            String value = text(node, field);
            if (value == null) return null;
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(value);
                } catch (DateTimeParseException again) {
                    problems.add(ImportProblem.ofItem("invalid-date",
                            Phrase.of("competency.problem.caseInvalidDate", field, label(id, code), value), id, code));
                    return null;
                }
            }
        }

        private FrameworkRejected reject(ImportProblem problem) {
            return new FrameworkRejected(FrameworkRejected.casePackage(null), List.of(problem));
        }
    }

    /** A node's title and identifier (or URI), or a phrase when it names none. */
    private static Object nodeLabel(JsonNode node) {
        String id = text(node, "identifier");
        String title = text(node, "title");
        if (id == null && text(node, "uri") == null) return Phrase.of("competency.problem.caseNoNode");
        return (title == null ? "" : "\"" + title + "\" ") + (id != null ? id : text(node, "uri"));
    }

    static String label(String id, String code) {
        return code == null ? id : code + " (" + id + ")";
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) return null;
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
