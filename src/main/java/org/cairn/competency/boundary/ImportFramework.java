package org.cairn.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.cairn.competency.control.CasePackageReader;
import org.cairn.competency.control.CsvFrameworkReader;
import org.cairn.competency.control.DraftLimits;
import org.cairn.competency.control.FrameworkDraft;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.ImportPlan;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardAssociation;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.tenancy.control.Registrations;

/**
 * Imports a framework for a tenant from a CASE package or a CSV file. The whole file is read and validated first
 * (every problem reported at once, nothing written); then the framework is created, or, when the tenant already has
 * one with the same identifier, updated item by item (see {@link ImportPlan}). Two first imports of the same
 * framework at once: one creates it, the other fails on its unique key and is run again by the caller
 * ({@link org.cairn.infra.persistence.UniqueKeyRetry}), as the re-import it has become.
 */
@ApplicationScoped
public class ImportFramework {

    private static final Logger LOG = Logger.getLogger(ImportFramework.class.getName());

    /** What an import did. */
    public record Result(UUID frameworkId, boolean created, int added, int updated, int unchanged, int retired,
                         int links) {
    }

    @Inject
    Frameworks frameworks;

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    @Transactional
    public Result fromCase(UUID registrationId, String json, String by) {
        FrameworkDraft draft = CasePackageReader.read(json);
        return apply(registrationId, draft, by);
    }

    @Transactional
    public Result fromCsv(UUID registrationId, String identifier, String title, String csv, String by) {
        if (identifier == null || identifier.isBlank()) throw ProblemException.badRequest(
                Phrase.of("competency.problem.csvNeedsIdentifier"));
        FrameworkDraft draft = CsvFrameworkReader.read(identifier, title, csv);
        return apply(registrationId, draft, by);
    }

    Result apply(UUID registrationId, FrameworkDraft draft, String by) {
        if (registrations != null && registrations.find(registrationId).isEmpty()) {
            throw ProblemException.notFound(Phrase.of("competency.problem.noRegistration",
                    String.valueOf(registrationId)));
        }
        DraftLimits.check(draft);
        Instant now = clock.instant();
        var doc = draft.document();
        var existing = frameworks.findLocked(registrationId, doc.identifier());
        Framework framework = existing.orElseGet(() -> frameworks.add(new Framework(registrationId, doc.identifier(), doc.source())));
        framework.imported(doc.title(), doc.uri(), doc.creator(), doc.version(), doc.lastChange(), doc.adoptionStatus(), by, now);
        frameworks.write(framework);

        Map<String, Standard> byIdentifier = new HashMap<>();
        var stored = new ArrayList<ImportPlan.Stored>();
        Map<UUID, String> identifierOfId = new HashMap<>();
        List<Standard> current = existing.isPresent() ? frameworks.standardsOf(framework.id()) : List.of();
        current.forEach(s -> identifierOfId.put(s.id(), s.identifier()));
        for (Standard s : current) {
            byIdentifier.put(s.identifier(), s);
            stored.add(new ImportPlan.Stored(s.identifier(), s.lastChange(), s.code(), s.statement(), s.type(),
                    s.parentId() == null ? null : identifierOfId.get(s.parentId()), s.sequenceNumber(), s.retired()));
        }
        ImportPlan plan = ImportPlan.of(draft, stored);
        var toWrite = new java.util.HashSet<String>();
        plan.added().forEach(i -> toWrite.add(i.identifier()));
        plan.updated().forEach(i -> toWrite.add(i.identifier()));
        // Items come in tree order: a parent is written before its children.
        for (FrameworkDraft.Item item : draft.items()) {
            if (!toWrite.contains(item.identifier())) continue;
            Standard standard = byIdentifier.get(item.identifier());
            boolean isNew = standard == null;
            if (isNew) {
                standard = new Standard(framework.id(), item.identifier());
                byIdentifier.put(item.identifier(), standard);
            }
            UUID parentId = item.parentIdentifier() == null ? null : byIdentifier.get(item.parentIdentifier()).id();
            standard.revise(item.uri(), item.code(), item.statement(), item.typeTitle(), item.type(), parentId,
                    item.sequence(), item.lastChange());
            if (isNew) frameworks.add(standard);
        }
        plan.retired().forEach(identifier -> byIdentifier.get(identifier).retire(now));

        var links = new ArrayList<StandardAssociation>();
        for (FrameworkDraft.Link link : draft.links()) {
            Standard origin = link.origin().external() ? null : byIdentifier.get(link.origin().identifier());
            Standard destination = link.destination().external() ? null : byIdentifier.get(link.destination().identifier());
            links.add(new StandardAssociation(framework.id(), link.identifier(), link.kind(), link.caseType(),
                    origin == null ? null : origin.id(), link.origin().identifier(), link.origin().uri(),
                    destination == null ? null : destination.id(), link.destination().identifier(),
                    link.destination().uri(), link.destination().title(), link.sequence()));
        }
        frameworks.replaceAssociations(framework.id(), links);
        LOG.info(() -> "Framework " + doc.identifier() + " imported for registration " + registrationId + ": " + plan.summary());
        return new Result(framework.id(), existing.isEmpty(), plan.added().size(), plan.updated().size(),
                plan.unchanged().size(), plan.retired().size(), links.size());
    }
}
