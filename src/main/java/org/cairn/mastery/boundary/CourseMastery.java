package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.mastery.control.ClassList;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.Explanation;
import org.cairn.mastery.control.Heatmap;
import org.cairn.mastery.control.Heatmaps;
import org.cairn.mastery.control.LevelOverrides;
import org.cairn.mastery.control.MasteryQueries;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.control.MethodChoices;
import org.cairn.mastery.control.Outcome;
import org.cairn.mastery.control.StudentLevel;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.roster.control.Roster;

/**
 * What teachers and students read about mastery in one course: the class heatmap, a student's profile, the
 * explanation of one level and the evidence behind it. Callers have checked the role; these check that every id
 * belongs to the course, and answer 404 for anything of another course or tenant (no hint that it exists). Levels
 * are labelled in the reader's language (the session's locale) when the course uses Cairn's four levels.
 */
@ApplicationScoped
public class CourseMastery {

    public static final ProblemType NOT_IN_COURSE = new ProblemType("mastery-not-in-course",
            "Not part of this course");

    @Inject
    MasteryQueries queries;

    @Inject
    ClassList classList;

    @Inject
    EvidenceRecords records;

    @Inject
    LevelOverrides overrides;

    @Inject
    MasteryRows rows;

    @Inject
    MasteryScales scales;

    @Inject
    MethodChoices methods;

    @Inject
    RecomputeMastery recompute;

    @Transactional
    public MasteryJson.HeatmapView heatmap(UUID registrationId, UUID courseId, Locale reader) {
        List<Roster.Member> students = classList.students(courseId);
        Heatmap heatmap = queries.classHeatmap(registrationId, courseId,
                students.stream().map(Roster.Member::personId).toList(), reader);
        var rows = new ArrayList<MasteryJson.Row>(heatmap.rows().size());
        for (int i = 0; i < students.size(); i++) {
            rows.add(new MasteryJson.Row(students.get(i).personId(), students.get(i).name(), heatmap.rows().get(i).cells()));
        }
        return new MasteryJson.HeatmapView(scales.forCourse(registrationId, courseId, reader).levels(), heatmap.columns(),
                rows, heatmap.atMastery());
    }

    @Transactional
    public MasteryJson.ProfileView profile(UUID registrationId, UUID courseId, UUID studentId, Locale reader) {
        String name = requireStudent(courseId, studentId);
        var profile = queries.profile(registrationId, courseId, studentId, reader);
        return new MasteryJson.ProfileView(studentId, name, scales.forCourse(registrationId, courseId, reader).levels(),
                profile.standards());
    }

    @Transactional
    public MasteryJson.TimelineView timeline(UUID registrationId, UUID courseId, UUID studentId, UUID standardId,
                                             Locale reader) {
        String name = requireStudent(courseId, studentId);
        Heatmap.Column standard = requireStandard(registrationId, courseId, standardId, 404);
        Scale scale = scales.forCourse(registrationId, courseId, reader);
        Map<String, String> names = names(courseId);
        List<MasteryJson.EvidenceView> evidence = records.of(courseId, studentId, standardId).stream()
                .filter(e -> e.registrationId().equals(registrationId))
                .sorted(Comparator.comparing(Evidence::observedOn).thenComparing(Evidence::recordedAt))
                .map(e -> view(e, scale, names)).toList();
        return new MasteryJson.TimelineView(studentId, name, standard, current(registrationId, courseId, studentId,
                standardId, scale), override(courseId, studentId, standardId, scale, names), evidence);
    }

    /** The explanation with its steps and exclusion reasons in the reader's language (the session's locale). */
    @Transactional
    public MasteryJson.ExplanationView explain(UUID registrationId, UUID courseId, UUID studentId, UUID standardId,
                                               Locale locale) {
        requireStudent(courseId, studentId);
        Heatmap.Column standard = requireStandard(registrationId, courseId, standardId, 404);
        Scale scale = scales.forCourse(registrationId, courseId, locale);
        Explanation explanation = recompute.explain(registrationId, courseId, studentId, standardId, locale);
        var alternatives = new ArrayList<MasteryJson.OutcomeView>();
        for (MethodKind kind : MethodKind.values()) {
            Outcome other = explanation.alternatives().get(kind);
            if (other != null) alternatives.add(outcome(other, locale));
        }
        return new MasteryJson.ExplanationView(studentId, standard, current(registrationId, courseId, studentId,
                standardId, scale), override(courseId, studentId, standardId, scale, names(courseId)),
                outcome(explanation.chosen(), locale), alternatives);
    }

    @Transactional
    public List<MasteryJson.Pending> pending(UUID registrationId, UUID courseId, Locale reader) {
        Scale scale = scales.forCourse(registrationId, courseId, reader);
        Map<String, String> names = names(courseId);
        Map<UUID, Heatmap.Column> standards = new HashMap<>();
        queries.columns(registrationId, courseId).forEach(c -> standards.put(c.standardId(), c));
        return records.pendingOfCourse(registrationId, courseId).stream()
                .map(e -> new MasteryJson.Pending(view(e, scale, names), names.get(e.studentId().toString()),
                        standards.get(e.standardId())))
                .toList();
    }

    @Transactional
    public MasteryJson.MethodsView methods(UUID registrationId, UUID courseId) {
        var choices = methods.ofCourse(registrationId, courseId);
        var own = choices.stream().filter(c -> !c.forWholeCourse())
                .map(c -> new MasteryJson.StandardMethod(c.standardId(), c.settings())).toList();
        return new MasteryJson.MethodsView(choices.stream().filter(c -> c.forWholeCourse()).findFirst()
                .map(c -> c.settings()).orElse(MethodChoices.DEFAULT), own, List.of(MethodKind.values()));
    }

    /** The student's name (null when the platform shares none), or 404 when they are not a student of the course. */
    public String requireStudent(UUID courseId, UUID studentId) {
        if (studentId == null || !classList.isStudent(courseId, studentId)) {
            throw new ProblemException(NOT_IN_COURSE, 404, Phrase.of("mastery.problem.noStudent", String.valueOf(studentId)));
        }
        return classList.students(courseId).stream().filter(m -> m.personId().equals(studentId)).findFirst()
                .map(Roster.Member::name).orElse(null);
    }

    /**
     * The course standard, or a problem: 404 when the id is in the URL, 400 when a request body names a standard
     * the course has not chosen (the teacher can fix that in the Standards view).
     */
    public Heatmap.Column requireStandard(UUID registrationId, UUID courseId, UUID standardId, int status) {
        return queries.columns(registrationId, courseId).stream().filter(c -> c.standardId().equals(standardId))
                .findFirst().orElseThrow(() -> new ProblemException(NOT_IN_COURSE, status,
                        Phrase.of("mastery.problem.notCourseStandard", String.valueOf(standardId))));
    }

    /** The evidence, if it belongs to this course (another course's or tenant's is simply not found). */
    public Evidence requireEvidence(UUID registrationId, UUID courseId, UUID evidenceId) {
        return records.find(registrationId, evidenceId).filter(e -> e.courseId().equals(courseId))
                .orElseThrow(() -> new org.cairn.mastery.control.EvidenceNotFound(evidenceId));
    }

    Heatmap.Cell current(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, Scale scale) {
        return rows.find(courseId, studentId, standardId).filter(m -> m.courseId().equals(courseId))
                .map(m -> cell(m, scale)).orElse(Heatmap.Cell.EMPTY);
    }

    static Heatmap.Cell cell(Mastery m, Scale scale) {
        return Heatmaps.cell(scale, new StudentLevel(m.studentId(), m.standardId(), m.levelPoints(), m.evidenceCount(),
                m.overridden()));
    }

    private MasteryJson.OverrideView override(UUID courseId, UUID studentId, UUID standardId, Scale scale,
                                              Map<String, String> names) {
        return overrides.active(courseId, studentId, standardId).map((LevelOverride o) -> new MasteryJson.OverrideView(
                o.points(), scale.levelFor(o.points()).label(), o.note(), o.setBy(), names.get(o.setBy()), o.setAt()))
                .orElse(null);
    }

    Map<String, String> names(UUID courseId) {
        var names = new HashMap<String, String>();
        for (Roster.Member m : classList.members(courseId)) {
            if (m.name() != null) names.put(m.personId().toString(), m.name());
        }
        return names;
    }

    static MasteryJson.EvidenceView view(Evidence e, Scale scale, Map<String, String> names) {
        return new MasteryJson.EvidenceView(e.id(), e.studentId(), e.standardId(), e.points(),
                scale.contains(e.points()) ? scale.levelFor(e.points()).label() : null, e.observedOn(), e.recordedAt(),
                e.source(), e.status(), e.status().counts(), e.author(), names.get(e.author()), e.note(), e.artifactUri(),
                e.supersedesId(), e.statusChangedBy(), e.statusChangedBy() == null ? null : names.get(e.statusChangedBy()),
                e.statusChangedAt(), e.statusReason());
    }

    /** One method's outcome for the API: its steps and exclusion reasons written in the reader's language. */
    static MasteryJson.OutcomeView outcome(Outcome o, Locale locale) {
        return new MasteryJson.OutcomeView(o.method(), o.score().isPresent() ? o.score().getAsDouble() : null,
                o.shownScore(), o.level().orElse(null), o.used(),
                o.excluded().stream().map(x -> new MasteryJson.Excluded(x.evidence(), x.reasonIn(locale))).toList(),
                o.stepsIn(locale));
    }
}
