package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.List;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.infra.i18n.Phrase;

/**
 * The column sizes of V6 (framework, standard, standard_association), checked on a draft before anything is
 * written: an over-long statement or code is the file's problem, reported with the item it belongs to, never a
 * database error half-way through an import.
 */
public final class DraftLimits {

    static final int IDENTIFIER = 255;
    static final int URI = 1024;
    static final int TITLE = 1000;
    static final int CODE = 255;
    static final int STATEMENT = 4000;
    static final int SHORT = 255;
    static final int ADOPTION_STATUS = 64;
    static final int CASE_TYPE = 64;

    private DraftLimits() {
    }

    /** Throws {@link FrameworkRejected} naming every value that does not fit. */
    public static void check(FrameworkDraft draft) {
        var problems = new ArrayList<ImportProblem>();
        var doc = draft.document();
        String docId = doc.identifier();
        fit(problems, "CFDocument identifier", doc.identifier(), IDENTIFIER, docId, null);
        fit(problems, "CFDocument uri", doc.uri(), URI, docId, null);
        fit(problems, "CFDocument title", doc.title(), TITLE, docId, null);
        fit(problems, "CFDocument creator", doc.creator(), TITLE, docId, null);
        fit(problems, "CFDocument version", doc.version(), SHORT, docId, null);
        fit(problems, "CFDocument adoptionStatus", doc.adoptionStatus(), ADOPTION_STATUS, docId, null);
        for (FrameworkDraft.Item item : draft.items()) {
            String label = item.code() == null ? item.identifier() : item.code() + " (" + item.identifier() + ")";
            fit(problems, itemField(label, "identifier"), item.identifier(), IDENTIFIER, item.identifier(), item.code());
            fit(problems, itemField(label, "uri"), item.uri(), URI, item.identifier(), item.code());
            fit(problems, itemField(label, "humanCodingScheme"), item.code(), CODE, item.identifier(), null);
            fit(problems, itemField(label, "fullStatement"), item.statement(), STATEMENT, item.identifier(), item.code());
            fit(problems, itemField(label, "CFItemType"), item.typeTitle(), SHORT, item.identifier(), item.code());
        }
        for (FrameworkDraft.Link link : draft.links()) {
            String id = link.identifier();
            fit(problems, associationField(id, "identifier"), link.identifier(), IDENTIFIER, id, null);
            fit(problems, associationField(id, "associationType"), link.caseType(), CASE_TYPE, id, null);
            for (FrameworkDraft.End end : List.of(link.origin(), link.destination())) {
                fit(problems, nodeField(id, "identifier"), end.identifier(), IDENTIFIER, id, null);
                fit(problems, nodeField(id, "uri"), end.uri(), URI, id, null);
                fit(problems, nodeField(id, "title"), end.title(), TITLE, id, null);
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(doc.source() == FrameworkSource.CSV ? FrameworkRejected.csvFramework(docId)
                    : FrameworkRejected.casePackage(docId), problems);
        }
    }

    /** "item 6.RP.1 (id) fullStatement": the field's CASE name is data, the words around it are phrased. */
    private static Phrase itemField(String item, String field) {
        return Phrase.of("competency.problem.limitItemField", item, field);
    }

    private static Phrase associationField(String association, String field) {
        return Phrase.of("competency.problem.limitAssociationField", association, field);
    }

    private static Phrase nodeField(String association, String field) {
        return Phrase.of("competency.problem.limitNodeField", association, field);
    }

    /** {@code what}: a CFDocument field's name (data), or a phrase naming an item's or association's field. */
    private static void fit(List<ImportProblem> problems, Object what, String value, int max, String identifier,
                            String code) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.ofItem("too-long", Phrase.of("competency.problem.tooLong", what,
                    String.valueOf(value.length()), String.valueOf(max)), identifier, code));
        }
    }
}
