package org.cairn.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.InputRejected;
import org.cairn.competency.control.PriorityList;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.CourseStandardList;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.StaleSave;

/**
 * Saves a course's prioritized standards as a whole: the list replaces the previous one, keeping the rows of
 * standards that stay (their order, category and unit are updated) and removing the rest. Evidence points at
 * standards, not at these rows, so taking a standard off the list loses nothing. The list has one version
 * ({@link CourseStandardList}), which moves with every save: a save from a page that loaded an older one is refused
 * ({@link StaleSave}) and changes nothing.
 */
@ApplicationScoped
public class ChooseCourseStandards {

    private static final Logger LOG = Logger.getLogger(ChooseCourseStandards.class.getName());

    @Inject
    CourseStandards courseStandards;

    @Inject
    Frameworks frameworks;

    @Inject
    Clock clock;

    /** One prioritized standard as the course shows it. */
    public record Entry(UUID standardId, String code, String statement, String type, UUID frameworkId,
                        String frameworkTitle, StandardCategory category, String unit, boolean retired) {
    }

    /**
     * The course's list: units in the order they first appear, entries in the teacher's order, and the list's version
     * (0 before its first save), which a page sends back with its save.
     */
    public record CourseList(List<PriorityList.Unit> units, List<Entry> standards, long version) {
    }

    /**
     * {@code version}: the list's as the page loaded it (0 when it had never been saved), or null (not checked). It is
     * compared under the list's lock, so of two saves from pages that loaded the same version only the first goes
     * through. Two first saves at once: one inserts the list's row, the other fails on course_standard_list_once and
     * is run again by the caller (UniqueKeyRetry), which finds that row.
     */
    @Transactional
    public CourseList choose(UUID registrationId, UUID courseId, PriorityList list, Long version) {
        Optional<CourseStandardList> stored = courseStandards.listLocked(registrationId, courseId);
        StaleSave.refuseUnless(version, stored.map(CourseStandardList::version).orElse(0L));
        var current = new HashMap<UUID, CourseStandard>();
        courseStandards.ofCourse(registrationId, courseId).forEach(c -> current.put(c.standardId(), c));
        Map<UUID, Standard> standards = new HashMap<>();
        frameworks.standards(list.choices().stream().map(PriorityList.Choice::standardId).toList())
                .forEach(s -> standards.put(s.id(), s));
        var problems = new ArrayList<InputRejected.FieldProblem>();
        for (int i = 0; i < list.choices().size(); i++) {
            UUID id = list.choices().get(i).standardId();
            Standard standard = standards.get(id);
            if (standard == null || frameworks.of(registrationId, standard.frameworkId()).isEmpty()) {
                problems.add(new InputRejected.FieldProblem("standards[" + i + "].standardId",
                        Phrase.of("competency.problem.noSuchStandard", String.valueOf(id))));
            } else if (standard.retired() && !current.containsKey(id)) {
                problems.add(new InputRejected.FieldProblem("standards[" + i + "].standardId",
                        Phrase.of("competency.problem.standardRetired", label(standard))));
            }
        }
        if (!problems.isEmpty()) throw new InputRejected(Phrase.of("competency.problem.standardsNotSaved"), problems);
        stored.ifPresentOrElse(l -> l.saved(clock.instant()),
                () -> courseStandards.add(new CourseStandardList(registrationId, courseId, clock.instant())));

        var kept = new java.util.HashSet<UUID>();
        list.choices().forEach(c -> kept.add(c.standardId()));
        current.values().stream().filter(c -> !kept.contains(c.standardId())).forEach(courseStandards::remove);
        courseStandards.flush();
        var added = new ArrayList<CourseStandard>();
        int ordinal = 0;
        for (PriorityList.Choice choice : list.choices()) {
            Standard standard = standards.get(choice.standardId());
            StandardCategory category = choice.category() != null ? choice.category()
                    : standard.type() == StandardType.HABIT ? StandardCategory.HABIT : StandardCategory.ACADEMIC;
            CourseStandard row = current.get(choice.standardId());
            if (row == null) {
                row = new CourseStandard(registrationId, courseId, standard.id(), ordinal, category);
                added.add(row);
            } else {
                row.moveTo(ordinal);
                row.categorize(category);
            }
            var unit = list.unit(choice.unit());
            row.placeInUnit(unit.map(PriorityList.Unit::name).orElse(null), unit.map(PriorityList.Unit::start).orElse(null),
                    unit.map(PriorityList.Unit::end).orElse(null));
            ordinal++;
        }
        // New rows are written one by one in standard-id order. Saves of one course's list take turns on the list's
        // row (locked above, or inserted first by a first save); should two ever meet here, this order makes the later
        // one fail on course_standard_once (run again by UniqueKeyRetry) instead of deadlocking, which ends in a lock
        // timeout that is not retried.
        added.sort(java.util.Comparator.comparing(CourseStandard::standardId));
        for (CourseStandard row : added) {
            courseStandards.add(row);
            courseStandards.flush();
        }
        LOG.info(() -> "Course " + courseId + " of registration " + registrationId + " now prioritizes "
                + list.choices().size() + " standards in " + list.units().size() + " units");
        return read(registrationId, courseId);
    }

    @Transactional
    public CourseList read(UUID registrationId, UUID courseId) {
        List<CourseStandard> rows = courseStandards.ofCourse(registrationId, courseId);
        Map<UUID, Standard> standards = new HashMap<>();
        frameworks.standards(rows.stream().map(CourseStandard::standardId).toList()).forEach(s -> standards.put(s.id(), s));
        Map<UUID, Framework> frameworksById = new HashMap<>();
        var units = new java.util.LinkedHashMap<String, PriorityList.Unit>();
        var entries = new ArrayList<Entry>();
        for (CourseStandard row : rows) {
            Standard s = standards.get(row.standardId());
            Framework f = frameworksById.computeIfAbsent(s.frameworkId(),
                    id -> frameworks.of(registrationId, id).orElseThrow());
            if (row.unitName() != null) {
                units.putIfAbsent(row.unitName(), new PriorityList.Unit(row.unitName(), row.unitStart(), row.unitEnd()));
            }
            entries.add(new Entry(s.id(), s.code(), s.statement(), s.type().name(), f.id(), f.title(), row.category(),
                    row.unitName(), s.retired()));
        }
        return new CourseList(List.copyOf(units.values()), entries,
                courseStandards.list(registrationId, courseId).map(CourseStandardList::version).orElse(0L));
    }

    private static String label(Standard s) {
        return s.code() == null ? s.identifier() : s.code() + " (" + s.identifier() + ")";
    }
}
