package org.cairn.plans.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.control.Heatmap;
import org.cairn.mastery.control.StudentProfile;
import org.cairn.plans.control.AboutMePrivacy;
import org.cairn.plans.control.ChangesSinceLastConference;
import org.cairn.plans.control.ConferenceScheduler;
import org.cairn.plans.control.Conferences;
import org.cairn.plans.control.CourseFacts;
import org.cairn.plans.control.FamilySummary;
import org.cairn.plans.control.LearningPlans;
import org.cairn.plans.control.NextStepRecommender;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.control.PlanRecords;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.control.TeacherOverview;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.ConferenceStatus;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.boundary.PlanJson.*;

/**
 * The read side of the plans API: a whole plan page, the teacher overview, the proposed schedule, the
 * one-screen conference and the family summary, each assembled from the plans' records (loaded in a few queries)
 * and, in-process, the roster, the course's standards and live mastery. Authorization comes first, always.
 */
@ApplicationScoped
public class PlanViews {

    @Inject
    LearningPlans plans;

    @Inject
    PlanningPeriods periods;

    @Inject
    Conferences conferences;

    @Inject
    PlanKeeping keeping;

    @Inject
    Conferencing conferencing;

    @Inject
    CourseFacts facts;

    @Inject
    Clock clock;

    /** The caller's own plan, created on the first visit (a student never sees "no plan"). */
    @Transactional
    public PlanView mine(Actor actor, UUID registrationId, java.util.Locale locale) {
        if (actor.isTeacher()) {
            throw new PlanProblem(PlanProblem.PLAN_NOT_FOUND, 404, Phrase.of("plans.problem.onlyStudentsHavePlans"));
        }
        LearningPlan plan = keeping.plan(actor, actor.courseId(), actor.personId());
        return page(actor, registrationId, plan, locale);
    }

    @Transactional
    public PlanView plan(Actor actor, UUID registrationId, UUID planId, java.util.Locale locale) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.readPlan(actor, plan);
        return page(actor, registrationId, plan, locale);
    }

    private PlanView page(Actor actor, UUID registrationId, LearningPlan plan, java.util.Locale locale) {
        LocalDate today = LocalDate.now(clock);
        UUID courseId = plan.courseId();
        PlanRecords records = plans.recordsOf(plan);
        List<PlanningPeriod> all = periods.ofCourse(courseId);
        Optional<PlanningPeriod> current = all.stream().filter(p -> p.contains(today)).findFirst();

        List<CourseFacts.StandardFact> standards = facts.standards(registrationId, courseId);
        Scale scale = facts.scale(registrationId, courseId, locale);
        Map<UUID, Heatmap.Cell> cells = new HashMap<>();
        if (!standards.isEmpty()) {
            for (StudentProfile.Standing s : facts.profile(registrationId, courseId, plan.studentId(), locale).standards()) {
                cells.put(s.standard().standardId(), s.current());
            }
        }
        List<StandardView> standardViews = standards.stream().map(f -> standardView(f, cells.get(f.standardId()))).toList();
        Map<UUID, StandardView> byId = new HashMap<>();
        standardViews.forEach(v -> byId.put(v.standardId(), v));
        List<StandardView> targets = current.map(p -> p.targetStandards().stream().map(byId::get)
                .filter(java.util.Objects::nonNull).toList()).orElse(List.of());

        NextStepView next = null;
        if (!standards.isEmpty()) {
            Map<UUID, Integer> levels = new HashMap<>();
            cells.forEach((id, c) -> {
                if (c.points() != null) levels.put(id, (int) Math.floor(c.points()));
            });
            List<NextStepRecommender.CourseStandard> course = standards.stream()
                    .map(f -> new NextStepRecommender.CourseStandard(f.standardId(), f.code(), f.unit())).toList();
            next = NextStepRecommender.recommend(course, facts.progression(registrationId, standards), levels,
                            (int) Math.ceil(scale.masteryPoints()))
                    .map(n -> new NextStepView(n.standard().id(), n.standard().code(),
                            n.explain(Messages.forLocale(Messages.supported(locale.toLanguageTag())))))
                    .orElse(null);
        }

        boolean teacher = actor.isTeacher();
        String name = facts.names(courseId).get(plan.studentId());
        Map<UUID, List<GoalView>> agreed = new HashMap<>();
        List<GoalView> goals = new ArrayList<>();
        for (Goal g : records.goals()) {
            GoalView view = GoalView.of(g, today, locale);
            goals.add(view);
            g.conferenceId().ifPresent(c -> agreed.computeIfAbsent(c, k -> new ArrayList<>()).add(view));
        }
        List<ConferenceView> conferenceViews = records.conferences().stream()
                .filter(c -> teacher || c.status() != ConferenceStatus.CANCELLED)
                .sorted(Comparator.comparing(Conference::scheduledOn).thenComparing(Conference::startsAt).reversed())
                .map(c -> ConferenceView.of(c, name, teacher, agreed.getOrDefault(c.id(), List.of()))).toList();

        return new PlanView(plan.id(), plan.studentId(), name, plan.createdAt(), plan.reflectionPrompts(),
                plan.goalSuggestions(), current.map(p -> PeriodView.of(p, today)).orElse(null),
                all.stream().map(p -> PeriodView.of(p, today)).toList(), targets, standardViews,
                scale.levels().stream().map(l -> new ScaleLevelView(l.points(), l.label(), l.mastery())).toList(),
                goals, records.reflections().stream().map(ReflectionView::of)
                        .sorted(Comparator.comparing(ReflectionView::writtenAt).reversed()).toList(),
                aboutMe(actor, plan), next, conferenceViews, plan.version());
    }

    @Transactional
    public List<AboutMeFieldView> aboutMeView(Actor actor, UUID planId) {
        LearningPlan plan = existing(planId);
        // Observers and other students get nothing at all (not even an empty profile): the read is refused.
        PlanAuthorization.readPlan(actor, plan);
        return aboutMe(actor, plan);
    }

    /** The "about me" fields this viewer may see; the student also sees whom each field is shared with. */
    List<AboutMeFieldView> aboutMe(Actor actor, LearningPlan plan) {
        AboutMePrivacy.Viewer viewer = AboutMePrivacy.viewerOf(actor, plan.courseId(), plan.studentId());
        Optional<AboutMe> profile = plans.aboutMe(plan.id());
        boolean self = actor.isStudent() && actor.personId().equals(plan.studentId());
        List<AboutMeFieldView> fields = new ArrayList<>();
        Map<AboutMeField, String> visible = profile.map(a -> AboutMePrivacy.visibleTo(viewer, a)).orElse(Map.of());
        for (AboutMeField field : AboutMeField.values()) {
            if (self) {
                fields.add(new AboutMeFieldView(field, visible.get(field),
                        profile.map(a -> a.visibility(field)).orElse(org.cairn.plans.entity.Visibility.ONLY_ME),
                        profile.map(AboutMe::version).orElse(0L)));
            } else if (visible.containsKey(field)) {
                // No version for a teacher: it would tell how often the student saved fields kept from them.
                fields.add(new AboutMeFieldView(field, visible.get(field), null, null));
            }
        }
        return fields;
    }

    private static StandardView standardView(CourseFacts.StandardFact f, Heatmap.Cell cell) {
        LevelView level = cell == null ? new LevelView(null, null, null, false, 0)
                : new LevelView(cell.points(), cell.label(), cell.colour(), cell.mastery(), cell.evidenceCount());
        return new StandardView(f.standardId(), f.code(), f.statement(), f.unitName(), level);
    }

    /**
     * All plans of the course, needs-attention first. Every enrolled student has a plan after this call: the
     * missing ones are created here (one insert each, only the first time).
     */
    @Transactional
    public Overview overview(Actor actor, UUID courseId) {
        PlanAuthorization.readCoursePlans(actor, courseId);
        Map<UUID, String> students = facts.students(courseId);
        keeping.startPlans(actor, courseId, students.keySet());
        LocalDate today = LocalDate.now(clock);
        Optional<PlanTemplate> template = periods.templateOf(courseId);
        ConferenceCadence cadence = template.map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        int minutes = template.map(PlanTemplate::conferenceMinutes).orElse(PlanTemplate.DEFAULT_CONFERENCE_MINUTES);
        Optional<PlanningPeriod> current = periods.on(courseId, today);
        List<PlanRecords> records = plans.recordsOfCourse(courseId).stream()
                .filter(r -> students.containsKey(r.plan().studentId())).toList();
        List<OverviewRow> rows = TeacherOverview.assemble(records, current, cadence, today).stream()
                .map(r -> new OverviewRow(r.planId(), r.studentId(), students.get(r.studentId()), r.goalCounts(),
                        r.lastConference().orElse(null), r.lastReflection().orElse(null),
                        r.nextConference().map(Conference::scheduledOn).orElse(null),
                        List.copyOf(r.attention()), r.needsAttention(),
                        r.attention().contains(TeacherOverview.Attention.OVERDUE_CONFERENCE)))
                .sorted(Comparator.comparing((OverviewRow r) -> !r.needsAttention())
                        .thenComparing(r -> -r.attention().size())
                        .thenComparing(r -> r.studentName() == null ? "\uffff" : r.studentName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(OverviewRow::studentId))
                .toList();
        return new Overview(current.map(p -> PeriodView.of(p, today)).orElse(null), cadence, minutes, rows);
    }

    /** Students whose last held conference is older than the cadence, most overdue first. */
    @Transactional
    public List<OverdueView> overdue(Actor actor, UUID courseId) {
        PlanAuthorization.manageConferences(actor, courseId);
        Map<UUID, String> students = facts.students(courseId);
        LocalDate today = LocalDate.now(clock);
        ConferenceCadence cadence = periods.templateOf(courseId).map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        List<OverdueView> overdue = new ArrayList<>();
        for (PlanRecords r : plans.recordsOfCourse(courseId)) {
            if (!students.containsKey(r.plan().studentId())) continue;
            LocalDate last = r.lastHeld().map(Conference::scheduledOn).orElse(null);
            LocalDate since = last != null ? last : r.plan().createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            long days = cadence.daysOverdue(since, today);
            if (days > 0) {
                overdue.add(new OverdueView(r.plan().id(), r.plan().studentId(), students.get(r.plan().studentId()),
                        last, days));
            }
        }
        overdue.sort(Comparator.comparing(OverdueView::daysOverdue).reversed().thenComparing(OverdueView::studentId));
        return overdue;
    }

    @Transactional
    public ScheduleView schedule(Actor actor, UUID courseId) {
        PlanAuthorization.manageConferences(actor, courseId);
        Map<UUID, String> students = facts.students(courseId);
        keeping.startPlans(actor, courseId, students.keySet());
        ConferenceScheduler.Schedule schedule = conferencing.propose(actor, courseId);
        Optional<PlanTemplate> template = periods.templateOf(courseId);
        ConferenceCadence cadence = template.map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        int minutes = template.map(PlanTemplate::conferenceMinutes).orElse(PlanTemplate.DEFAULT_CONFERENCE_MINUTES);
        List<ProposalView> proposed = schedule.proposed().stream()
                .filter(p -> students.containsKey(p.studentId()))
                .map(p -> new ProposalView(p.studentId(), students.get(p.studentId()), p.date(), p.startsAt(),
                        p.minutes(), p.why().stream().map(Enum::name).sorted().toList())).toList();
        List<ProposalView> unscheduled = schedule.unscheduled().stream().filter(students::containsKey)
                .map(s -> new ProposalView(s, students.get(s), null, null, minutes, List.of())).toList();
        List<SlotView> slots = conferences.slots(courseId, schedule.from(), schedule.to()).stream()
                .map(s -> new SlotView(s.id(), s.date(), s.startsAt(), s.minutes(), s.label())).toList();
        List<ConferenceView> scheduled = plans.recordsOfCourse(courseId).stream()
                .flatMap(r -> r.conferences().stream())
                .filter(c -> c.status() == ConferenceStatus.SCHEDULED)
                .sorted(Comparator.comparing(Conference::scheduledOn).thenComparing(Conference::startsAt))
                .map(c -> ConferenceView.of(c, students.get(c.studentId()), true, List.of())).toList();
        return new ScheduleView(schedule.from(), schedule.to(), cadence, minutes, slots, proposed, unscheduled,
                schedule.minutesShort(), scheduled);
    }

    /** The one-screen conference: what changed since the last held one, from mastery's records and the plan's. */
    @Transactional
    public ConferenceScreen conference(Actor actor, UUID registrationId, UUID conferenceId, java.util.Locale locale) {
        Conference conference = conferences.find(conferenceId)
                .orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noConference", String.valueOf(conferenceId))));
        PlanAuthorization.manageConferences(actor, conference.courseId());
        LearningPlan plan = existing(conference.planId());
        PlanRecords records = plans.recordsOf(plan);
        LocalDate today = LocalDate.now(clock);
        // "Since the last conference" means the last one held before this one.
        Optional<Conference> lastHeld = records.conferences().stream()
                .filter(c -> c.status() == ConferenceStatus.HELD && !c.id().equals(conference.id()))
                .max(Comparator.comparing(Conference::scheduledOn).thenComparing(Conference::startsAt));
        List<ChangesSinceLastConference.EvidenceSeen> evidence = new ArrayList<>();
        List<ChangesSinceLastConference.LevelMove> moves = new ArrayList<>();
        if (!facts.standards(registrationId, plan.courseId()).isEmpty()) {
            // Levels by their points only: the screen shows no label.
            Scale scale = facts.scale(registrationId, plan.courseId(), Messages.ENGLISH);
            for (StudentProfile.Standing s : facts.profile(registrationId, plan.courseId(), plan.studentId(),
                    Messages.ENGLISH).standards()) {
                String code = s.standard().code() == null ? s.standard().standardId().toString() : s.standard().code();
                for (StudentProfile.TrendPoint p : s.trend()) {
                    evidence.add(new ChangesSinceLastConference.EvidenceSeen(s.standard().standardId(), code,
                            p.observedOn().atTime(23, 59).toInstant(java.time.ZoneOffset.UTC)));
                }
                Integer before = lastHeld.flatMap(c -> CourseFacts.scoreOn(s, c.scheduledOn()))
                        .map(score -> (int) scale.levelFor(score).points()).orElse(null);
                Integer now = s.current().points() == null ? null : (int) Math.floor(s.current().points());
                moves.add(new ChangesSinceLastConference.LevelMove(s.standard().standardId(), code, before, now));
            }
        }
        ConferenceCadence cadence = periods.templateOf(plan.courseId()).map(PlanTemplate::cadence)
                .orElse(PlanTemplate.DEFAULT_CADENCE);
        Optional<java.time.Instant> since = lastHeld.flatMap(Conference::heldAt);
        if (lastHeld.isEmpty()) moves.clear(); // no earlier conference: nothing "moved", everything is new
        ChangesSinceLastConference changes = ChangesSinceLastConference.assemble(since,
                today.plusDays(cadence.days() - 1L), evidence, moves, records.goals(), records.reflections());
        String name = facts.students(plan.courseId()).get(plan.studentId());
        List<GoalView> agreed = records.goals().stream().filter(g -> g.conferenceId().filter(conferenceId::equals).isPresent())
                .map(g -> GoalView.of(g, today, locale)).toList();
        Optional<PlanningPeriod> current = periods.on(plan.courseId(), today);
        return new ConferenceScreen(ConferenceView.of(conference, name, true, agreed), since.orElse(null),
                changes.newEvidence(), changes.movedUp().stream().map(PlanViews::move).toList(),
                changes.movedDown().stream().map(PlanViews::move).toList(),
                changes.goalsDue().stream().map(g -> GoalView.of(g, today, locale)).toList(),
                changes.latestReflection().map(ReflectionView::of).orElse(null),
                records.goals().stream().filter(g -> g.status() == org.cairn.plans.entity.GoalStatus.ACTIVE)
                        .map(g -> GoalView.of(g, today, locale)).toList(),
                current.map(p -> PeriodView.of(p, today)).orElse(null));
    }

    private static LevelMoveView move(ChangesSinceLastConference.LevelMove m) {
        return new LevelMoveView(m.standardId(), m.code(), m.before(), m.now());
    }

    /** The family summary in the language the teacher chose (English or Spanish). */
    @Transactional
    public FamilySummaryView familySummary(Actor actor, UUID registrationId, UUID planId, String language) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.readSummary(actor, plan.courseId(), plan.studentId());
        String lang = language == null || language.isBlank() ? "en" : language;
        String tag = lang.toLowerCase(java.util.Locale.ROOT);
        if (!tag.startsWith("en") && !tag.startsWith("es")) {
            throw org.cairn.infra.problem.ProblemException.badRequest(Phrase.of("plans.problem.summaryLanguage", lang));
        }
        Messages messages = Messages.forLocale(Messages.supported(lang));
        List<FamilySummary.Standing> standings = new ArrayList<>();
        if (!facts.standards(registrationId, plan.courseId()).isEmpty()) {
            // Cairn's four levels named in the summary's language, like the rest of it.
            for (StudentProfile.Standing s : facts.profile(registrationId, plan.courseId(), plan.studentId(),
                    messages.locale()).standards()) {
                String code = s.standard().code() == null ? s.standard().standardId().toString() : s.standard().code();
                standings.add(new FamilySummary.Standing(code, s.standard().statement(), s.current().label(),
                        s.current().mastery()));
            }
        }
        String name = facts.names(plan.courseId()).get(plan.studentId());
        FamilySummary summary = keeping.familySummary(actor, planId, lang,
                name == null ? messages.get("plans.family.student") : name, standings);
        return new FamilySummaryView(summary.language(), summary.title(), summary.intro(),
                summary.sections().stream().map(s -> new SummarySection(s.heading(), s.lines())).toList(),
                summary.text());
    }

    private LearningPlan existing(UUID planId) {
        return plans.find(planId).orElseThrow(() -> PlanProblem.planNotFound(planId));
    }
}
