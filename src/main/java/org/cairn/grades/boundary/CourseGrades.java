package org.cairn.grades.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.infra.i18n.Phrase;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.entity.Standard;
import org.cairn.grades.control.AgsClient;
import org.cairn.grades.control.CourseGrading;
import org.cairn.grades.control.LmsResults;
import org.cairn.grades.control.ScoreOutbox;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.grades.entity.AgsLineItem;
import org.cairn.grades.entity.CourseLineItem;
import org.cairn.grades.entity.DeliveryAttention;
import org.cairn.grades.entity.DeliveryCounts;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.Grouping;
import org.cairn.grades.entity.ResultMapping;
import org.cairn.infra.problem.ProblemException;
import org.cairn.roster.control.Roster;
import org.cairn.tenancy.tokens.ServiceClient;
import org.cairn.tenancy.tokens.ServiceClients;

/** The teacher's grades use cases: how the course's columns stand, the grouping choice, retries, LMS assignments. */
@ApplicationScoped
public class CourseGrades {

    public record Attention(UUID deliveryId, String student, String userSub, java.time.Instant scoreTimestamp, int attempts,
                            String reason) {
    }

    public record Column(UUID id, String kind, String label, boolean inLms, long delivered, long pending,
                         long needsAttention, long superseded, List<Attention> attention) {
    }

    public record Mapping(UUID id, String lineItemUrl, String label, UUID standardId, String standard,
                          java.time.Instant lastReadAt, String lastError, long recorded) {
    }

    /** What the grades view shows. {@code gradebook} says why scores cannot go out when they cannot. */
    public record Overview(String grouping, boolean gradebook, String gradebookProblem, List<Column> columns,
                           List<Mapping> mappings, List<CourseStandardView> standards) {
    }

    /** A prioritized standard of the course, for choosing which ones an LMS assignment shows. */
    public record CourseStandardView(UUID id, String code, String statement) {
    }

    public record Assignment(String id, String label, double scoreMaximum) {
    }

    @Inject
    OutboxTransactions transactions;

    @Inject
    Roster roster;

    @Inject
    Frameworks frameworks;

    @Inject
    org.cairn.competency.control.CourseStandards courseStandards;

    @Inject
    AgsClient ags;

    @Inject
    ServiceClients clients;

    @Inject
    Clock clock;

    private final ScoreOutbox outbox = new ScoreOutbox();
    private final CourseGrading grading = new CourseGrading();
    private final LmsResults results = new LmsResults();

    @Transactional
    public Overview overview(UUID registrationId, UUID courseId, java.util.Locale reader) {
        Map<String, String> names = roster.members(courseId).stream()
                .filter(m -> m.name() != null)
                .collect(Collectors.toMap(Roster.Member::sub, Roster.Member::name, (a, b) -> a));
        return transactions.inCurrentTransaction(c -> {
            Optional<AgsEndpoint> endpoint = grading.endpoint(c, courseId);
            String problem = endpoint.isEmpty() ? "no-ags"
                    : !endpoint.get().managesLineItems() ? "no-lineitems"
                    : !endpoint.get().postsScores() ? "no-score" : null;
            List<Column> columns = new ArrayList<>();
            for (CourseLineItem item : outbox.lineItemsOf(c, courseId)) {
                DeliveryCounts counts = outbox.counts(c, item.id());
                List<Attention> attention = new ArrayList<>();
                for (DeliveryAttention a : outbox.needingAttention(c, item.id())) {
                    attention.add(new Attention(a.deliveryId(), names.get(a.userSub()), a.userSub(), a.scoreTimestamp(),
                            a.attempts(), a.lastError() == null ? null : a.lastError().in(reader)));
                }
                columns.add(new Column(item.id(), item.kind().name(), item.label(), item.inLms(), counts.delivered(),
                        counts.pending(), counts.needsAttention(), counts.superseded(), attention));
            }
            List<Mapping> mappings = new ArrayList<>();
            for (ResultMapping m : results.mappings(c, courseId)) {
                String standard = frameworks.standard(registrationId, m.standardId())
                        .map(s -> s.code() == null || s.code().isBlank() ? s.identifier() : s.code()).orElse(m.standardId().toString());
                mappings.add(new Mapping(m.id(), m.lineItemUrl().toString(), m.label(), m.standardId(), standard,
                        m.lastReadAt(), m.lastError() == null ? null : m.lastError().in(reader), results.recordedCount(c, m.id())));
            }
            List<CourseStandardView> standards = new ArrayList<>();
            for (var cs : courseStandards.ofCourse(registrationId, courseId)) {
                frameworks.standard(registrationId, cs.standardId()).ifPresent(s -> standards.add(new CourseStandardView(s.id(),
                        s.code() == null || s.code().isBlank() ? s.identifier() : s.code(), s.statement())));
            }
            return new Overview(grading.grouping(c, courseId).name(), problem == null, problem, columns, mappings, standards);
        });
    }

    @Transactional
    public void choose(UUID registrationId, UUID courseId, Grouping grouping) {
        transactions.inCurrentTransaction(c -> {
            grading.choose(c, registrationId, courseId, grouping, clock.instant());
            return null;
        });
    }

    /** Retries a delivery of this course; one of another course is "not found", as if it did not exist. */
    @Transactional
    public DeliveryStatus retry(UUID courseId, UUID deliveryId, ScoreDeliveries deliveries) {
        Optional<UUID> course = transactions.inCurrentTransaction(c -> outbox.courseOf(c, deliveryId));
        if (course.isEmpty() || !course.get().equals(courseId)) {
            throw new ProblemException(ScoreDeliveries.DELIVERY_NOT_FOUND, 404,
                    Phrase.of("grades.problem.noDeliveryInCourse", String.valueOf(deliveryId)));
        }
        return deliveries.retry(deliveryId);
    }

    /** The course's LMS assignments: line items of the LMS that Cairn did not make. Asks the LMS (no transaction). */
    public List<Assignment> assignments(UUID registrationId, UUID courseId) {
        AgsEndpoint endpoint = readableEndpoint(courseId);
        ServiceClient client = client(registrationId);
        String scope = endpoint.scopes().contains(AgsEndpoint.SCOPE_LINEITEM) ? AgsEndpoint.SCOPE_LINEITEM
                : AgsEndpoint.SCOPE_LINEITEM_READONLY;
        List<AgsLineItem> items = ags.all(client, endpoint.lineItems().orElseThrow(), scope);
        return items.stream()
                .filter(i -> i.tag().filter(t -> t.startsWith("cairn-")).isEmpty())
                .filter(i -> i.resourceId().filter(r -> r.startsWith("cairn:")).isEmpty())
                .map(i -> new Assignment(i.id().toString(), i.label(), i.scoreMaximum()))
                .toList();
    }

    /** Maps an LMS assignment to standards; its results become evidence at the next read. */
    @Transactional
    public List<UUID> map(UUID registrationId, UUID courseId, String lineItemUrl, String label, List<UUID> standardIds) {
        AgsEndpoint endpoint = readableEndpoint(courseId);
        URI item = sameOrigin(endpoint.lineItems().orElseThrow(), lineItemUrl);
        if (standardIds == null || standardIds.isEmpty()) {
            throw ProblemException.badRequest(Phrase.of("grades.problem.chooseStandard"));
        }
        List<UUID> ids = new ArrayList<>();
        for (UUID standardId : standardIds.stream().filter(Objects::nonNull).distinct().toList()) {
            Standard standard = frameworks.standard(registrationId, standardId).orElseThrow(() ->
                    ProblemException.badRequest(Phrase.of("grades.problem.noStandard", String.valueOf(standardId))));
            ids.add(transactions.inCurrentTransaction(c -> results.map(c, registrationId, courseId, item,
                    label == null || label.isBlank() ? item.toString() : label.strip(), standard.id(), clock.instant())).id());
        }
        return ids;
    }

    @Transactional
    public void unmap(UUID courseId, UUID mappingId) {
        boolean removed = transactions.inCurrentTransaction(c -> results.unmap(c, courseId, mappingId));
        if (!removed) throw ProblemException.notFound(
                Phrase.of("grades.problem.noMapping", String.valueOf(mappingId)));
    }

    AgsEndpoint readableEndpoint(UUID courseId) {
        AgsEndpoint endpoint = transactions.inNewTransaction(c -> grading.endpoint(c, courseId)).orElseThrow(() ->
                ProblemException.conflict(Phrase.of("grades.problem.noGradebookService")));
        if (endpoint.lineItems().isEmpty() || !(endpoint.scopes().contains(AgsEndpoint.SCOPE_LINEITEM)
                || endpoint.scopes().contains(AgsEndpoint.SCOPE_LINEITEM_READONLY))) {
            throw ProblemException.conflict(Phrase.of("grades.problem.noGradebookColumns"));
        }
        return endpoint;
    }

    ServiceClient client(UUID registrationId) {
        return clients.of(registrationId).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("grades.problem.registrationGone")));
    }

    /** The bearer token goes with the request: only a URL on the platform's own scheme, host and port is accepted. */
    static URI sameOrigin(URI container, String candidate) {
        URI uri;
        try {
            uri = URI.create(candidate == null ? "" : candidate.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(Phrase.of("grades.problem.notAColumnAddress", candidate));
        }
        if (!uri.isAbsolute() || !Objects.equals(uri.getScheme(), container.getScheme())
                || !container.getHost().equalsIgnoreCase(String.valueOf(uri.getHost())) || uri.getPort() != container.getPort()) {
            throw ProblemException.badRequest(Phrase.of("grades.problem.assignmentNotInGradebook", candidate,
                    container.getScheme() + "://" + container.getAuthority()));
        }
        return uri;
    }

}
