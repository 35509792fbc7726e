package org.cairn.grades.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.grades.control.AgsClient;
import org.cairn.grades.control.SqlTransactions;
import org.cairn.grades.entity.AgsResult;
import org.cairn.grades.entity.ResultMapping;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.cairn.tenancy.tokens.ServiceClient;
import org.cairn.tenancy.tokens.ServiceClients;
import org.cairn.tenancy.tokens.ServiceTokens;
import org.junit.jupiter.api.Test;

/**
 * Reading results while something else creates the same rows: a teacher's first evidence on the same student and
 * standard (mastery_once), another student's first score in the column (line_item_subject), another node's read.
 */
class ResultsAsEvidenceTest {

    private static final UUID REGISTRATION = UUID.randomUUID();
    private static final ResultMapping MAPPING = new ResultMapping(UUID.randomUUID(), REGISTRATION, UUID.randomUUID(),
            URI.create("https://lms.example/lineitems/7"), "Quiz 7", UUID.randomUUID(), null, null);
    private static final List<AgsResult> RESULTS = List.of(
            new AgsResult("ana", Optional.of(9.0), Optional.of(10.0), Optional.empty()),
            new AgsResult("ben", Optional.of(4.0), Optional.of(10.0), Optional.empty()));

    /** Each recording attempt, as "user#n". */
    private final List<String> attempts = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();

    @Test
    void aResultWhoseRecordingLostAUniqueKeyIsRecordedAgainInTheSameRead() {
        ResultsAsEvidence reader = reader(attempt -> attempt.equals("ana#1"));

        ResultsAsEvidence.Outcome outcome = reader.readCourse(MAPPING.courseId());

        assertThat(outcome.recorded()).as("ana's result is not left for the next read").isEqualTo(2);
        assertThat(outcome.results()).isEqualTo(2);
        assertThat(outcome.problems()).isEmpty();
        assertThat(attempts).containsExactly("ana#1", "ana#2", "ben#1");
        assertThat(outcomes).containsExactly("read");
    }

    @Test
    void aResultThatStillCannotBeRecordedIsLeftForTheNextReadAndTheOthersAreRecorded() {
        ResultsAsEvidence reader = reader(attempt -> attempt.startsWith("ana"));

        ResultsAsEvidence.Outcome outcome = reader.readCourse(MAPPING.courseId());

        assertThat(outcome.recorded()).isEqualTo(1);
        assertThat(attempts).containsExactly("ana#1", "ana#2", "ana#3", "ben#1");
    }

    @Test
    void anAssignmentThatCouldNotBeReadIsAProblemInTheTeachersLanguageAndItsErrorIsKeptAsAPhrase() {
        ResultsAsEvidence reader = reader(attempt -> false);
        reader.clients = new ServiceClients() {
            @Override
            public Optional<ServiceClient> of(UUID registrationId) {
                return Optional.empty();
            }
        };
        List<Phrase> kept = new ArrayList<>();
        ResultRecording recording = reader.recording;
        reader.recording = new ResultRecording() {
            @Override
            public void outcome(ResultMapping mapping, Phrase error) {
                kept.add(error);
                recording.outcome(mapping, error);
            }
        };

        ResultsAsEvidence.Outcome outcome = reader.readCourse(MAPPING.courseId());

        assertThat(outcome.in(Messages.SPANISH).problems()).containsExactly(
                "Quiz 7: El registro de Cairn en este LMS ya no existe; no se pueden leer los resultados de «Quiz 7»");
        assertThat(outcome.in(Messages.ENGLISH).problems()).containsExactly(
                "Quiz 7: Cairn's registration with this LMS is gone; results of 'Quiz 7' cannot be read");
        assertThat(kept).singleElement().satisfies(error -> assertThat(error.in(Messages.SPANISH))
                .isEqualTo("El registro de Cairn en este LMS ya no existe; no se pueden leer los resultados de «Quiz 7»"));
    }

    private ResultsAsEvidence reader(java.util.function.Predicate<String> losesTheRace) {
        ResultsAsEvidence reader = new ResultsAsEvidence();
        reader.transactions = new OutboxTransactions() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T inNewTransaction(SqlTransactions.Work<T> work) {
                return (T) List.of(MAPPING);
            }
        };
        reader.clients = new ServiceClients() {
            @Override
            public Optional<ServiceClient> of(UUID registrationId) {
                return Optional.of(new ServiceClient(registrationId, "https://lms.example", "cairn",
                        URI.create("https://lms.example/token"), URI.create("https://lms.example/token")));
            }
        };
        Clock clock = Clock.systemUTC();
        reader.ags = new AgsClient(new ServiceCalls(ServiceCalls.httpClient(Duration.ofSeconds(1)),
                new ServiceTokens(() -> null, clock, Duration.ofSeconds(1)), clock, Duration.ofSeconds(1)),
                ServiceCalls.Retries.none(), 1) {
            @Override
            public List<AgsResult> results(ServiceClient client, URI lineItem) {
                return RESULTS;
            }
        };
        reader.recording = new ResultRecording() {
            @Override
            public boolean record(ResultMapping mapping, AgsResult result) {
                String attempt = result.userId() + "#" + (attempts.stream().filter(a -> a.startsWith(result.userId() + "#")).count() + 1);
                attempts.add(attempt);
                if (losesTheRace.test(attempt)) {
                    throw new IllegalStateException("commit failed",
                            new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
                }
                return true;
            }

            @Override
            public void outcome(ResultMapping mapping, Phrase error) {
                outcomes.add(error == null ? "read" : error.english());
            }
        };
        reader.retry = new UniqueKeyRetry();
        return reader;
    }
}
