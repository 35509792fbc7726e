package org.cairn.infra.problem;

import org.cairn.infra.i18n.Phrase;

/**
 * A save from a page opened before someone else saved the same row: a co-teacher's template, a student's "about me"
 * edited in two tabs. The page sends the row's {@code @Version} as it loaded it; when the row has moved on since, the
 * save is refused, changes nothing, and the person is told to reload, as for a save that lost its version check at
 * the same moment ({@link UnexpectedErrorMapper}): one 409, one {@code reason}, one sentence, which api.js phrases
 * in the page's language. A save that sends no version (an API client) is not checked here; only a save at the
 * same moment is caught then, by the version check at commit.
 */
public final class StaleSave {

    /** Names this conflict for clients, which phrase it in the page's language (api.js). */
    public static final String REASON = "simultaneous-save";

    private StaleSave() {
    }

    /**
     * Refuses the save unless the page saw the row's current version (or sent none). Call it after the caller may
     * act on the row and before changing it. A row that does not exist yet has version 0.
     */
    public static void refuseUnless(Long sentVersion, long currentVersion) {
        if (sentVersion != null && sentVersion != currentVersion) {
            throw new ProblemException(problem());
        }
    }

    /** The 409 {@code conflict} that asks the person to reload and save again. */
    public static Problem problem() {
        return Problem.of(ProblemType.CONFLICT, 409, Phrase.of("problem.simultaneous-save")).with("reason", REASON);
    }
}
