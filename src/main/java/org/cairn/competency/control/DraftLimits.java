package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.List;
import org.cairn.competency.entity.FrameworkSource;

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
            String what = "item " + (item.code() == null ? item.identifier() : item.code() + " (" + item.identifier() + ")");
            fit(problems, what + " identifier", item.identifier(), IDENTIFIER, item.identifier(), item.code());
            fit(problems, what + " uri", item.uri(), URI, item.identifier(), item.code());
            fit(problems, what + " humanCodingScheme", item.code(), CODE, item.identifier(), null);
            fit(problems, what + " fullStatement", item.statement(), STATEMENT, item.identifier(), item.code());
            fit(problems, what + " CFItemType", item.typeTitle(), SHORT, item.identifier(), item.code());
        }
        for (FrameworkDraft.Link link : draft.links()) {
            String what = "association " + link.identifier();
            fit(problems, what + " identifier", link.identifier(), IDENTIFIER, link.identifier(), null);
            fit(problems, what + " associationType", link.caseType(), CASE_TYPE, link.identifier(), null);
            for (FrameworkDraft.End end : List.of(link.origin(), link.destination())) {
                fit(problems, what + " node identifier", end.identifier(), IDENTIFIER, link.identifier(), null);
                fit(problems, what + " node uri", end.uri(), URI, link.identifier(), null);
                fit(problems, what + " node title", end.title(), TITLE, link.identifier(), null);
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected((doc.source() == FrameworkSource.CSV ? "CSV framework " : "CASE package ") + docId, problems);
        }
    }

    private static void fit(List<ImportProblem> problems, String what, String value, int max, String identifier,
                            String code) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.ofItem("too-long", what + " has " + value.length()
                    + " characters; Cairn keeps at most " + max, identifier, code));
        }
    }
}
