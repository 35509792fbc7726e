package org.cairn.grades.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.grades.control.AgsClient;
import org.cairn.grades.control.LmsResults;
import org.cairn.grades.entity.AgsResult;
import org.cairn.grades.entity.ResultMapping;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.tenancy.tokens.ServiceClient;
import org.cairn.tenancy.tokens.ServiceClients;

/**
 * Reads the results of mapped LMS assignments (AGS result service) and records each new one as evidence. The LMS
 * call runs outside any transaction; each result is recorded in a transaction of its own ({@link ResultRecording}),
 * through {@link UniqueKeyRetry}: a result's recording can create a student's first mastery row on the standard
 * (mastery_once) at the same moment as a teacher's evidence does, or meet another read (another node's, a second
 * "Read results now") on the read row's key. The recording that loses runs again and records the result over the
 * winner's rows, or finds it recorded by the other read.
 */
@ApplicationScoped
public class ResultsAsEvidence {

    private static final Logger LOG = Logger.getLogger(ResultsAsEvidence.class.getName());

    /**
     * How a read went: results seen, evidence recorded now, assignments that failed with the reason ("Quiz 3: …"),
     * each phrased in the reader's language by {@link #in}.
     */
    public record Outcome(int results, int recorded, List<Phrase> problems) {

        /** The outcome as a teacher reads it, each problem in their language. */
        public Read in(java.util.Locale reader) {
            return new Read(results, recorded, problems.stream().map(p -> p.in(reader)).toList());
        }
    }

    /** What "Read results now" answers. */
    public record Read(int results, int recorded, List<String> problems) {
    }

    @Inject
    OutboxTransactions transactions;

    @Inject
    ResultRecording recording;

    @Inject
    AgsClient ags;

    @Inject
    ServiceClients clients;

    @Inject
    UniqueKeyRetry retry;

    private final LmsResults results = new LmsResults();

    /** "Read results now" for one course. */
    public Outcome readCourse(UUID courseId) {
        return read(transactions.inNewTransaction(c -> results.mappings(c, courseId)));
    }

    /** The periodic job: every mapping of every course. */
    public Outcome readAll() {
        return read(transactions.inNewTransaction(results::all));
    }

    private Outcome read(List<ResultMapping> mappings) {
        int seen = 0;
        int recorded = 0;
        List<Phrase> problems = new java.util.ArrayList<>();
        for (ResultMapping mapping : mappings) {
            try {
                ServiceClient client = clients.of(mapping.registrationId()).orElseThrow(() -> ProblemException.conflict(
                        Phrase.of("grades.problem.registrationGoneForResults", mapping.label())));
                List<AgsResult> found = ags.results(client, mapping.lineItemUrl());
                seen += found.size();
                for (AgsResult result : found) {
                    try {
                        if (retry.run(() -> recording.record(mapping, result))) recorded++;
                    } catch (ProblemException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // Nothing of it was kept (its transaction rolled back), so the next read tries it again.
                        LOG.log(Level.WARNING, "A result of mapping " + mapping.id() + " was not recorded; the next read "
                                + "tries again: " + e.getMessage(), e);
                    }
                }
                recording.outcome(mapping, null);
            } catch (ProblemException e) {
                Phrase detail = e.detailPhrase();
                LOG.log(Level.INFO, "Reading LMS results of mapping " + mapping.id() + " failed: " + detail.english());
                problems.add(Phrase.of("grades.server.mappingProblem", mapping.label(), detail));
                recording.outcome(mapping, detail);
            }
        }
        return new Outcome(seen, recorded, problems);
    }
}
