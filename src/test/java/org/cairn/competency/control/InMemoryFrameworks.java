package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardAssociation;

/** Frameworks in memory, for use-case tests without a container. */
public class InMemoryFrameworks extends Frameworks {

    @Override
    public void write(Framework framework) {
        // nothing to flush in memory
    }


    public final Map<UUID, Framework> frameworks = new LinkedHashMap<>();
    public final Map<UUID, Standard> standards = new LinkedHashMap<>();
    public final List<StandardAssociation> associations = new ArrayList<>();

    @Override
    public Optional<Framework> findLocked(UUID registrationId, String identifier) {
        return frameworks.values().stream()
                .filter(f -> f.registrationId().equals(registrationId) && f.identifier().equals(identifier)).findFirst();
    }

    @Override
    public List<Framework> ofTenant(UUID registrationId) {
        return frameworks.values().stream().filter(f -> f.registrationId().equals(registrationId)).toList();
    }

    @Override
    public Framework add(Framework framework) {
        frameworks.put(framework.id(), framework);
        return framework;
    }

    @Override
    public List<Standard> standardsOf(UUID frameworkId) {
        return standards.values().stream().filter(s -> s.frameworkId().equals(frameworkId))
                .sorted(Comparator.comparingInt(Standard::sequenceNumber)).toList();
    }

    @Override
    public Optional<Standard> standard(UUID registrationId, UUID standardId) {
        Standard s = standards.get(standardId);
        if (s == null || !frameworks.get(s.frameworkId()).registrationId().equals(registrationId)) return Optional.empty();
        return Optional.of(s);
    }

    @Override
    public Standard add(Standard standard) {
        standards.put(standard.id(), standard);
        return standard;
    }

    @Override
    public List<StandardAssociation> associationsOf(UUID frameworkId) {
        return associations.stream().filter(a -> a.frameworkId().equals(frameworkId)).toList();
    }

    @Override
    public void replaceAssociations(UUID frameworkId, List<StandardAssociation> replacement) {
        associations.removeIf(a -> a.frameworkId().equals(frameworkId));
        associations.addAll(replacement);
    }

    public Standard byIdentifier(String identifier) {
        return standards.values().stream().filter(s -> s.identifier().equals(identifier)).findFirst().orElseThrow();
    }
}
