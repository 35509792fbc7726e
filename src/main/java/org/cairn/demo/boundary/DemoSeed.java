package org.cairn.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.cairn.competency.boundary.ChooseCourseStandards;
import org.cairn.competency.boundary.ImportFramework;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.PriorityList;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.demo.control.DemoProfiles;
import org.cairn.demo.entity.DemoSeedMark;
import org.cairn.infra.config.Installation;
import org.cairn.mastery.boundary.RecordEvidence;
import org.cairn.roster.control.Roster;
import org.cairn.roster.entity.Course;
import org.cairn.sandbox.boundary.CaseResource;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.session.entity.CourseRole;
import org.cairn.tenancy.control.Registrations;

/**
 * Gives the sandbox's demo course its Cairn-side demo data after its first roster sync (the students arrive with the
 * sync, not with the teacher's launch): the sandbox's CASE framework, eight prioritized standards in three units
 * dated around today, and a few weeks of evidence per student from {@link DemoProfiles}, recorded through
 * {@link RecordEvidence} so that mastery is computed as for real evidence. Once per course, only with the sandbox
 * on, never in production ({@link DemoSeeding} decides when).
 */
@ApplicationScoped
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    @Inject
    Installation installation;

    @Inject
    Registrations registrations;

    @Inject
    Roster roster;

    @Inject
    ImportFramework importFramework;

    @Inject
    Frameworks frameworks;

    @Inject
    CourseStandards courseStandards;

    @Inject
    ChooseCourseStandards chooseStandards;

    @Inject
    RecordEvidence recordEvidence;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    /** Seeds the course if it is the sandbox's demo course and has not been seeded; returns whether it seeded. */
    @Transactional
    public boolean seed(UUID courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !DemoCourses.DEMO_COURSE_ID.equals(course.contextId())) return false;
        var registration = registrations.find(course.registrationId()).orElse(null);
        // The sandbox registers itself through Dynamic Registration; its issuer is what identifies it.
        if (registration == null || !registration.issuer().equals(installation.sandboxBaseUrl().toString())) return false;
        if (em.find(DemoSeedMark.class, courseId) != null) return false;
        var members = roster.members(courseId);
        var students = members.stream().filter(m -> m.role() == CourseRole.STUDENT)
                .sorted(java.util.Comparator.comparing(Roster.Member::sub)).toList();
        if (students.isEmpty()) return false; // the next sync brings them
        // The mark goes first: a second seed running at the same time fails on its key and rolls back.
        var mark = new DemoSeedMark(courseId, course.registrationId(), clock.instant());
        em.persist(mark);
        em.flush();

        UUID registrationId = course.registrationId();
        var imported = importFramework.fromCase(registrationId, demoFramework(), "demo-seed");
        Map<String, Standard> byCode = new HashMap<>();
        frameworks.standardsOf(imported.frameworkId()).forEach(s -> byCode.put(s.code(), s));
        LocalDate today = LocalDate.now(clock);
        if (courseStandards.ofCourse(registrationId, courseId).isEmpty()) {
            chooseStandards.choose(registrationId, courseId, priorities(byCode, today), null);
        }

        String teacher = members.stream().filter(m -> m.role() == CourseRole.TEACHER)
                .filter(m -> DemoCourses.TEACHER_ID.equals(m.sub())).findFirst()
                .map(m -> "person:" + m.personId()).orElse("demo-seed");
        var planned = DemoProfiles.plan(students.size(), today);
        for (DemoProfiles.Planned p : planned) {
            Roster.Member student = students.get(p.student());
            boolean self = p.source() == org.cairn.mastery.entity.EvidenceSource.SELF_ASSESSMENT;
            recordEvidence.record(new RecordEvidence.NewEvidence(registrationId, courseId, student.personId(),
                    byCode.get(p.code()).id(), p.points(), p.observedOn(), p.source(),
                    self ? "person:" + student.personId() : teacher, p.note(), null));
        }
        mark.seeded(students.size(), planned.size());
        LOG.info(() -> "Demo data seeded for course " + courseId + " of registration " + registrationId + ": "
                + students.size() + " students, " + planned.size() + " pieces of evidence");
        return true;
    }

    /** Ratios (finished), expressions (now), and writing with habits all term. */
    static PriorityList priorities(Map<String, Standard> byCode, LocalDate today) {
        var ratios = new PriorityList.Unit("Ratios and rates", today.minusDays(35), today.minusDays(8));
        var expressions = new PriorityList.Unit("Expressions", today.minusDays(7), today.plusDays(21));
        var term = new PriorityList.Unit("Writing and habits (all term)", today.minusDays(35), today.plusDays(49));
        var choices = DemoProfiles.STANDARDS.stream().map(d -> {
            var unit = switch (d.strand()) {
                case RATIOS -> ratios;
                case EXPRESSIONS -> expressions;
                default -> term;
            };
            boolean habit = d.strand() == DemoProfiles.Strand.HABIT_GOALS || d.strand() == DemoProfiles.Strand.HABIT_PERSISTENCE;
            Standard standard = byCode.get(d.code());
            if (standard == null) throw new IllegalStateException("the demo framework has no standard " + d.code());
            return new PriorityList.Choice(standard.id(), habit ? StandardCategory.HABIT : StandardCategory.ACADEMIC,
                    unit.name());
        }).toList();
        return PriorityList.of(List.of(ratios, expressions, term), choices);
    }

    /** The CASE package the sandbox hosts, with its URLs pointing at this install's sandbox. */
    private String demoFramework() {
        String path = "/sandbox/case/" + CaseResource.DEMO_FRAMEWORK + ".json";
        try (InputStream in = DemoSeed.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${sandbox}", installation.sandboxBaseUrl().toString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + path, e);
        }
    }
}
