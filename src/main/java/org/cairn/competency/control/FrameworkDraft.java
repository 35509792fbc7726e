package org.cairn.competency.control;

import java.time.Instant;
import java.util.List;
import org.cairn.competency.entity.AssociationKind;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.StandardType;

/**
 * A validated framework ready to be written: the document, its items in tree order with parent and sequence
 * resolved, and its non-hierarchy associations. Built only by {@link CasePackageReader} and {@link CsvFrameworkReader},
 * which refuse invalid files with {@link FrameworkRejected}.
 */
public record FrameworkDraft(Document document, List<Item> items, List<Link> links) {

    public FrameworkDraft {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    /** The CFDocument (or the CSV's framework): identifier is the stable key of a re-import. */
    public record Document(String identifier, String uri, String title, String creator, String version,
                           Instant lastChange, String adoptionStatus, FrameworkSource source) {
    }

    /** One item; parentIdentifier null for a top-level item (a child of the document). */
    public record Item(String identifier, String uri, String code, String statement, String typeTitle,
                       StandardType type, Instant lastChange, String parentIdentifier, int sequence) {
    }

    /**
     * A progression or crosswalk. An end outside this document is external: kept by identifier and URI, not an
     * error, because CASE crosswalks point at other frameworks by design.
     */
    public record Link(String identifier, AssociationKind kind, String caseType, End origin, End destination,
                       Integer sequence) {
    }

    public record End(String identifier, String uri, String title, boolean external) {
    }
}
