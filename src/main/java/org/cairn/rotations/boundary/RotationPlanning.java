package org.cairn.rotations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.AuditLog;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.StaleSave;
import org.cairn.rotations.boundary.RotationForms.GroupingForm;
import org.cairn.rotations.boundary.RotationForms.MoveForm;
import org.cairn.rotations.boundary.RotationForms.RotationForm;
import org.cairn.rotations.boundary.RotationForms.StationForm;
import org.cairn.rotations.boundary.RotationViews.AgendaView;
import org.cairn.rotations.boundary.RotationViews.Apart;
import org.cairn.rotations.boundary.RotationViews.BoardView;
import org.cairn.rotations.boundary.RotationViews.ConflictView;
import org.cairn.rotations.boundary.RotationViews.GroupView;
import org.cairn.rotations.boundary.RotationViews.GroupingSummary;
import org.cairn.rotations.boundary.RotationViews.GroupingView;
import org.cairn.rotations.boundary.RotationViews.Member;
import org.cairn.rotations.boundary.RotationViews.MoveView;
import org.cairn.rotations.boundary.RotationViews.Placement;
import org.cairn.rotations.boundary.RotationViews.RotationDetail;
import org.cairn.rotations.boundary.RotationViews.RotationSummary;
import org.cairn.rotations.boundary.RotationViews.RoundView;
import org.cairn.rotations.boundary.RotationViews.StationStop;
import org.cairn.rotations.boundary.RotationViews.StationView;
import org.cairn.rotations.boundary.RotationViews.StudentAgenda;
import org.cairn.rotations.boundary.RotationViews.StudentName;
import org.cairn.rotations.control.ClassSnapshots;
import org.cairn.rotations.control.Explanations;
import org.cairn.rotations.control.GroupingRecords;
import org.cairn.rotations.control.GroupingRecords.Inputs;
import org.cairn.rotations.control.GroupingRecords.Snapshot;
import org.cairn.rotations.control.Groupings;
import org.cairn.rotations.control.RotationStore;
import org.cairn.rotations.control.Agendas;
import org.cairn.rotations.entity.Agenda;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.CourseStation;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.GroupMove;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.KeptGrouping;
import org.cairn.rotations.entity.OwnAgenda;
import org.cairn.rotations.entity.PlannedRotation;
import org.cairn.rotations.entity.Rotation;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.ScaleLevel;
import org.cairn.rotations.entity.Station;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.cairn.session.boundary.CourseAccess;

/**
 * The rotations use cases, each one transaction, each scoped to the caller's course: stations, rotations, grouping
 * from the latest mastery, moves, regrouping, own agendas, the board and a student's "now and next". Authorization
 * (teacher, self) is decided by the resource before these run; here every lookup is by tenant and course, so an id
 * from another course is simply not found.
 */
@ApplicationScoped
public class RotationPlanning {

    @Inject
    RotationStore store;

    @Inject
    ClassSnapshots classes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ----- stations

    @Transactional
    public List<StationView> stations(CourseAccess access) {
        return store.stations(access.registrationId(), access.courseId()).stream().map(StationView::of).toList();
    }

    @Transactional
    public StationView addStation(CourseAccess access, StationForm form) {
        var station = new CourseStation(access.registrationId(), access.courseId(), clock.instant());
        station.describe(form.name.trim(), form.kind, link(form.link), form.capacity, form.instructions, clock.instant());
        store.add(station);
        return StationView.of(station);
    }

    /** {@code form.version}: the station's as the page loaded it, or null (not checked). */
    @Transactional
    public StationView changeStation(CourseAccess access, UUID id, StationForm form) {
        CourseStation station = station(access, id);
        StaleSave.refuseUnless(form.version, station.version());
        station.describe(form.name.trim(), form.kind, link(form.link), form.capacity, form.instructions, clock.instant());
        store.flush();
        return StationView.of(station);
    }

    /** {@code version}: the station's as the page loaded it, or null (not checked). */
    @Transactional
    public void retireStation(CourseAccess access, UUID id, Long version) {
        CourseStation station = station(access, id);
        StaleSave.refuseUnless(version, station.version());
        station.retire(clock.instant());
    }

    private CourseStation station(CourseAccess access, UUID id) {
        return store.station(access.registrationId(), access.courseId(), id).filter(s -> !s.retired())
                .orElseThrow(() -> ProblemException.notFound(
                        Phrase.of("rotations.problem.noStation", String.valueOf(id))));
    }

    private static URI link(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            URI uri = new URI(value.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw RotationRejected.invalid(Breach.Constraint.STATIONS, Phrase.of("rotations.problem.stationLink", value));
        }
    }

    // ----- rotations

    @Transactional
    public List<RotationSummary> rotations(CourseAccess access) {
        return store.rotations(access.registrationId(), access.courseId()).stream().map(this::summary).toList();
    }

    @Transactional
    public RotationDetail create(CourseAccess access, RotationForm form) {
        var stations = new ArrayList<Station>();
        var unknown = new ArrayList<String>();
        for (UUID id : form.stationIds) {
            store.station(access.registrationId(), access.courseId(), id).filter(s -> !s.retired())
                    .ifPresentOrElse(s -> stations.add(s.station()), () -> unknown.add(String.valueOf(id)));
        }
        if (!unknown.isEmpty()) {
            throw RotationRejected.invalid(List.of(Breach.stations(Breach.Constraint.STATIONS, unknown,
                    Phrase.of("rotations.problem.stationNotInCourse", String.join(", ", unknown)))));
        }
        Rotation checked = new Rotation(form.rounds, form.minutesPerRound, stations);
        LocalDate date = form.date != null ? form.date : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String title = form.title == null || form.title.isBlank() ? defaultTitle(date, access.locale()) : form.title.trim();
        var rotation = new PlannedRotation(access.registrationId(), access.courseId(), title, date, checked,
                access.personId(), clock.instant());
        store.add(rotation);
        audit.record("rotation.created", rotation.id().toString(), "course " + access.courseId(),
                access.personId().toString());
        return detail(access, rotation);
    }

    /**
     * The title of a rotation the teacher gave none: named in the teacher's language, as they would name it, with the
     * date as that language writes it ("Rotation December 7, 2026", "Rotación del 7 de diciembre de 2026"). It is
     * stored as written, like a title the teacher typed.
     */
    static String defaultTitle(LocalDate date, Locale language) {
        Messages messages = Messages.forLocale(Messages.supported(language));
        return messages.get("rotations.server.defaultTitle", messages.longDate(date));
    }

    @Transactional
    public RotationDetail detail(CourseAccess access, UUID id) {
        return detail(access, rotation(access, id));
    }

    private PlannedRotation rotation(CourseAccess access, UUID id) {
        return store.rotation(access.registrationId(), access.courseId(), id)
                .orElseThrow(() -> ProblemException.notFound(
                        Phrase.of("rotations.problem.noRotation", String.valueOf(id))));
    }

    // ----- groupings

    @Transactional
    public RotationDetail group(CourseAccess access, UUID rotationId, GroupingForm form) {
        PlannedRotation rotation = rotation(access, rotationId);
        var targets = classes.targets(access.registrationId(), access.courseId(), form.standardIds);
        Integer count = form.groupCount;
        if (count == null && form.minSize == null && form.maxSize == null) {
            count = rotation.stationIds().size();
        }
        if (count != null && (form.minSize != null || form.maxSize != null)) {
            throw RotationRejected.invalid(Breach.Constraint.GROUP_COUNT,
                    Phrase.of("rotations.problem.countOrSizes"));
        }
        if (count == null && (form.minSize == null || form.maxSize == null)) {
            throw RotationRejected.invalid(Breach.Constraint.GROUP_SIZE,
                    Phrase.of("rotations.problem.bothSizes"));
        }
        var inputs = new Inputs(form.method, targets, count, form.minSize, form.maxSize, ids(form.keepApart),
                ids(form.keepTogether), form.absent == null ? List.of() : form.absent.stream().map(UUID::toString).toList(),
                form.missingEvidence);
        return keep(access, rotation, inputs);
    }

    @Transactional
    public RotationDetail regroup(CourseAccess access, UUID rotationId, List<UUID> absent) {
        PlannedRotation rotation = rotation(access, rotationId);
        KeptGrouping latest = store.currentGrouping(rotation.id()).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("rotations.problem.noGroupsToRegroup")));
        Inputs inputs = GroupingRecords.read(latest.inputs(), Inputs.class);
        if (absent != null) {
            inputs = inputs.absentToday(absent.stream().map(UUID::toString).toList());
        }
        return keep(access, rotation, inputs);
    }

    /** Reads the latest mastery, groups, checks the agenda fits the stations, and keeps it all. */
    private RotationDetail keep(CourseAccess access, PlannedRotation rotation, Inputs inputs) {
        Snapshot snapshot = classes.take(access.registrationId(), access.courseId(), inputs.standards());
        GroupingRequest request = GroupingRecords.request(inputs, snapshot);
        checkAbsentKnown(inputs, snapshot);
        Grouping grouping = Groupings.group(request, inputs.method());
        Agendas.plan(grouping, domain(access, rotation), own(rotation, grouping));
        int sequence = store.currentGrouping(rotation.id()).map(KeptGrouping::sequenceNumber).orElse(0) + 1;
        var kept = new KeptGrouping(rotation, sequence, inputs.method(), GroupingRecords.write(inputs),
                GroupingRecords.write(snapshot), GroupingRecords.write(GroupingRecords.Result.of(grouping)),
                access.personId(), clock.instant());
        saveOnce(kept, Phrase.of("rotations.problem.groupingSavedMeanwhile"));
        audit.record("rotation.grouped", rotation.id().toString(), inputs.method() + " grouping " + sequence + " of "
                + grouping.groups().size() + " groups", access.personId().toString());
        return detail(access, rotation);
    }

    /** Sequence numbers are unique: two teachers saving at the same instant get a 409, not a 500. */
    private void saveOnce(Object entity, Phrase conflict) {
        try {
            store.add(entity);
        } catch (jakarta.persistence.PersistenceException e) {
            throw ProblemException.conflict(conflict);
        }
    }

    private static void checkAbsentKnown(Inputs inputs, Snapshot snapshot) {
        var known = snapshot.students().stream().map(GroupingRecords.ClassMember::id).toList();
        var unknown = inputs.absent().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw RotationRejected.invalid(List.of(new Breach(Breach.Constraint.STUDENTS,
                    unknown.stream().map(StudentId::of).toList(), List.of(), List.of(),
                    Phrase.of("rotations.problem.absentNotInCourse", String.join(", ", unknown)))));
        }
    }

    @Transactional
    public RotationDetail move(CourseAccess access, UUID rotationId, MoveForm form) {
        PlannedRotation rotation = rotation(access, rotationId);
        Current current = current(access, rotation).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("rotations.problem.noGroupsToMove")));
        StudentId student = StudentId.of(form.studentId.toString());
        int from = current.grouping().groupOf(student).map(Group::number).orElseThrow(() ->
                RotationRejected.invalid(List.of(new Breach(Breach.Constraint.STUDENTS, List.of(student), List.of(),
                        List.of(), Phrase.of("rotations.problem.studentNotInRotationGroup", student.value())))));
        var moves = new ArrayList<>(current.moves());
        var move = new GroupMove(current.kept().id(), moves.size() + 1, student, from, form.toGroup,
                access.personId(), clock.instant());
        moves.add(move);
        // Replays every move and plans the agenda, so a move that no station can hold is refused here.
        Grouping adjusted = Groupings.adjusted(current.request(), current.base(), entries(moves));
        Agendas.plan(adjusted, current.rotation(), own(rotation, adjusted));
        saveOnce(move, Phrase.of("rotations.problem.moveSavedMeanwhile"));
        return detail(access, rotation);
    }

    // ----- own agendas

    /**
     * {@code version}: of the student's own agenda as the page loaded it (0 if none was ever set), or null (not
     * checked). It is compared under the agenda's lock, so of two saves from pages that loaded the same version only
     * the first goes through. The first save inserts the agenda: see the resource for two at once.
     */
    @Transactional
    public RotationDetail setOwnAgenda(CourseAccess access, UUID rotationId, UUID studentId, List<UUID> stationIds,
                                       Long version) {
        PlannedRotation rotation = rotation(access, rotationId);
        StudentId student = StudentId.of(studentId.toString());
        Optional<OwnAgenda> stored = store.ownAgendaLocked(rotation.id(), student);
        StaleSave.refuseUnless(version, stored.map(OwnAgenda::version).orElse(0L));
        Current current = current(access, rotation).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("rotations.problem.noGroupsForOwnAgenda")));
        List<String> stations = stationIds.stream().map(UUID::toString).toList();
        var overrides = new TreeMap<>(own(rotation, current.grouping()));
        overrides.put(student, stations);
        Agendas.plan(current.grouping(), current.rotation(), overrides);
        if (stored.isPresent()) {
            stored.get().change(stations, access.personId(), clock.instant());
            store.flush();
        } else {
            store.add(new OwnAgenda(rotation.id(), student, stations, access.personId(), clock.instant()));
        }
        return detail(access, rotation);
    }

    /**
     * The student follows their group again; the agenda's row stays, without stations, so its version keeps counting.
     * {@code version}: as for {@link #setOwnAgenda}.
     */
    @Transactional
    public RotationDetail clearOwnAgenda(CourseAccess access, UUID rotationId, UUID studentId, Long version) {
        PlannedRotation rotation = rotation(access, rotationId);
        Optional<OwnAgenda> stored = store.ownAgendaLocked(rotation.id(), StudentId.of(studentId.toString()));
        StaleSave.refuseUnless(version, stored.map(OwnAgenda::version).orElse(0L));
        stored.filter(a -> !a.followsGroup()).ifPresent(a -> a.followGroup(access.personId(), clock.instant()));
        store.flush();
        return detail(access, rotation);
    }

    // ----- board and students

    @Transactional
    public BoardView board(CourseAccess access, UUID rotationId) {
        PlannedRotation rotation = rotation(access, rotationId);
        Current current = current(access, rotation).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("rotations.problem.noGroupsForBoard")));
        Map<UUID, String> names = classes.students(access.courseId());
        GroupingView view = groupingView(current, names, List.of(), Map.of(), access.locale()); // the board edits no agenda
        return new BoardView(rotation.id(), rotation.title(), rotation.heldOn(), rotation.rounds(),
                rotation.minutesPerRound(), rotation.currentRound(), rotation.roundStartedAt(), clock.instant(),
                stationViews(access, rotation), view.groups(), view.agenda().rounds());
    }

    @Transactional
    public BoardView showRound(CourseAccess access, UUID rotationId, int round, boolean running) {
        rotation(access, rotationId).showRound(round, running, clock.instant());
        return board(access, rotationId);
    }

    /** A student's agenda in a rotation (the resource has checked it is the student or a teacher). */
    @Transactional
    public StudentAgenda agendaOf(CourseAccess access, UUID rotationId, UUID studentId) {
        PlannedRotation rotation = rotation(access, rotationId);
        Current current = current(access, rotation).orElseThrow(() -> ProblemException.notFound(
                Phrase.of("rotations.problem.noGroupsYet")));
        return agendaOf(access, rotation, current, studentId);
    }

    /** The caller's place in the course's latest rotation that has groups; empty when there is none. */
    @Transactional
    public Optional<StudentAgenda> mine(CourseAccess access) {
        for (PlannedRotation rotation : store.rotations(access.registrationId(), access.courseId())) {
            Optional<Current> current = current(access, rotation);
            if (current.isPresent()) {
                return Optional.of(agendaOf(access, rotation, current.get(), access.personId()));
            }
        }
        return Optional.empty();
    }

    private StudentAgenda agendaOf(CourseAccess access, PlannedRotation rotation, Current current, UUID studentId) {
        StudentId student = StudentId.of(studentId.toString());
        Map<String, StationView> stations = new LinkedHashMap<>();
        stationViews(access, rotation).forEach(s -> stations.put(s.id().toString(), s));
        var group = current.grouping().groupOf(student);
        if (group.isEmpty()) {
            return new StudentAgenda(rotation.id(), rotation.title(), rotation.heldOn(), studentId, false, null, null,
                    rotation.currentRound(), rotation.rounds(), rotation.minutesPerRound(), rotation.roundStartedAt(),
                    null, null, List.of());
        }
        var whereabouts = current.agenda().whereIs(student, rotation.currentRound());
        var stops = new ArrayList<StationStop>();
        List<String> sequence = current.agenda().studentStations().get(student);
        for (int r = 0; r < sequence.size(); r++) {
            stops.add(new StationStop(r + 1, r * rotation.minutesPerRound(), stations.get(sequence.get(r))));
        }
        return new StudentAgenda(rotation.id(), rotation.title(), rotation.heldOn(), studentId, true,
                whereabouts.group(), whereabouts.role(), rotation.currentRound(), rotation.rounds(),
                rotation.minutesPerRound(), rotation.roundStartedAt(), stations.get(whereabouts.now().id()),
                whereabouts.next().map(s -> stations.get(s.id())).orElse(null), stops);
    }

    // ----- assembling

    /** The current grouping of a rotation with the teacher's moves replayed, and its agenda. */
    record Current(KeptGrouping kept, Inputs inputs, Snapshot snapshot, GroupingRequest request, Grouping base,
                   List<GroupMove> moves, Grouping grouping, Rotation rotation, Map<StudentId, List<String>> own,
                   Agenda agenda) {
    }

    private Optional<Current> current(CourseAccess access, PlannedRotation rotation) {
        return store.currentGrouping(rotation.id()).map(kept -> {
            Inputs inputs = GroupingRecords.read(kept.inputs(), Inputs.class);
            Snapshot snapshot = GroupingRecords.read(kept.snapshot(), Snapshot.class);
            GroupingRequest request = GroupingRecords.request(inputs, snapshot);
            Grouping base = GroupingRecords.read(kept.result(), GroupingRecords.Result.class).grouping();
            List<GroupMove> moves = store.moves(kept.id());
            Grouping grouping = Groupings.adjusted(request, base, entries(moves));
            Rotation domain = domain(access, rotation);
            Map<StudentId, List<String>> own = own(rotation, grouping);
            Agenda agenda = Agendas.plan(grouping, domain, own);
            return new Current(kept, inputs, snapshot, request, base, moves, grouping, domain, own, agenda);
        });
    }

    private static List<Map.Entry<StudentId, Integer>> entries(List<GroupMove> moves) {
        return moves.stream().map(m -> (Map.Entry<StudentId, Integer>) new AbstractMap.SimpleEntry<>(m.student(),
                m.toGroup())).toList();
    }

    /** Own agendas of students who are in a group (an absent student's is kept but not applied). */
    private Map<StudentId, List<String>> own(PlannedRotation rotation, Grouping grouping) {
        var out = new TreeMap<StudentId, List<String>>();
        store.ownAgendas(rotation.id()).stream().filter(a -> !a.followsGroup())
                .filter(a -> grouping.groupOf(a.student()).isPresent())
                .forEach(a -> out.put(a.student(), a.stations()));
        return out;
    }

    private Rotation domain(CourseAccess access, PlannedRotation rotation) {
        var stations = rotation.stationIds().stream().map(id -> store.station(access.registrationId(),
                access.courseId(), id).orElseThrow().station()).toList();
        return new Rotation(rotation.rounds(), rotation.minutesPerRound(), stations);
    }

    private List<StationView> stationViews(CourseAccess access, PlannedRotation rotation) {
        return rotation.stationIds().stream().map(id -> store.station(access.registrationId(), access.courseId(), id)
                .orElseThrow()).map(StationView::of).toList();
    }

    private RotationSummary summary(PlannedRotation r) {
        return new RotationSummary(r.id(), r.title(), r.heldOn(), r.rounds(), r.minutesPerRound(),
                r.stationIds().stream().map(id -> store.station(r.registrationId(), r.courseId(), id).orElseThrow())
                        .map(StationView::of).toList(),
                r.currentRound(), r.roundStartedAt(), store.groupings(r.id()).size());
    }

    private RotationDetail detail(CourseAccess access, PlannedRotation rotation) {
        Map<UUID, String> names = classes.students(access.courseId());
        var students = names.entrySet().stream().map(e -> new StudentName(e.getKey(), e.getValue())).toList();
        Optional<Current> current = current(access, rotation);
        var history = store.groupings(rotation.id()).stream().map(g -> {
            Inputs inputs = GroupingRecords.read(g.inputs(), Inputs.class);
            return new GroupingSummary(g.id(), g.sequenceNumber(), g.method(), g.createdAt(),
                    inputs.standards().stream().map(org.cairn.rotations.entity.TargetStandard::code).toList(),
                    store.moves(g.id()).size());
        }).toList();
        // Every own agenda ever set, followed or not: the version a page sends back when it saves or clears one.
        var versions = new TreeMap<UUID, Long>();
        store.ownAgendas(rotation.id()).forEach(a -> versions.put(UUID.fromString(a.student().value()), a.version()));
        return new RotationDetail(summary(rotation),
                current.map(c -> groupingView(c, names, c.moves(), versions, access.locale())).orElse(null),
                history, students, classes.standards(access.registrationId(), access.courseId()));
    }

    /**
     * The grouping as a reader sees it, in the reader's language (the session's locale): relaxed goals, agenda notes
     * and conflicts phrased, Cairn's four levels named.
     */
    private GroupingView groupingView(Current c, Map<UUID, String> names, List<GroupMove> moves,
                                      Map<UUID, Long> ownAgendaVersions, Locale reader) {
        Map<String, String> nameOf = new TreeMap<>();
        c.snapshot().students().forEach(m -> nameOf.put(m.id(), m.name()));
        names.forEach((id, name) -> nameOf.put(id.toString(), name));
        var groups = c.grouping().groups().stream().map(g -> new GroupView(g.number(), g.intervention(),
                g.members().stream().map(id -> new Member(UUID.fromString(id.value()), nameOf.get(id.value()),
                        c.grouping().roleOf(id), readBy(c, id, reader)))
                        .toList())).toList();
        var absent = c.inputs().absent().stream().map(id -> new StudentName(UUID.fromString(id), nameOf.get(id)))
                .toList();
        var moveViews = moves.stream().map(m -> new MoveView(m.sequenceNumber(), UUID.fromString(m.student().value()),
                m.fromGroup(), m.toGroup(), m.movedAt())).toList();
        return new GroupingView(c.kept().id(), c.kept().sequenceNumber(), c.kept().method(), c.kept().createdAt(),
                c.snapshot().takenAt(), c.inputs(), groups, absent, inLanguage(c.grouping().relaxedGoals(), reader),
                moveViews, agendaView(c, nameOf, ownAgendaVersions, reader));
    }

    /**
     * A student's explanation for a reader: Cairn's four levels named in the reader's language and its sentence
     * ({@code text}) phrased in it from the parts, with "moved here by the teacher" for a student the teacher moved.
     */
    private static StudentExplanation readBy(Current c, StudentId id, Locale reader) {
        StudentExplanation explanation = c.grouping().explanations().get(id);
        if (explanation == null) return null;
        boolean groupHasTutor = c.grouping().groups().stream().filter(g -> g.number() == explanation.group())
                .flatMap(g -> g.members().stream()).anyMatch(m -> c.grouping().roleOf(m) == StudentRole.PEER_TUTOR);
        boolean moved = c.moves().stream().anyMatch(m -> m.student().equals(id));
        ScaleLevel lowest = c.snapshot().masteryScale().lowest();
        var setting = new Explanations.Setting(c.grouping().method(), groupHasTutor, c.inputs().missingEvidence(),
                c.snapshot().label(lowest.points(), lowest.label(), reader), moved);
        return readBy(explanation, c.snapshot(), setting, reader);
    }

    /** An explanation's level labels and sentence for a reader; the parts the page phrases are kept, in the same order. */
    static StudentExplanation readBy(StudentExplanation explanation, Snapshot snapshot, Explanations.Setting setting,
                                     Locale reader) {
        var levels = explanation.levels().stream().map(l -> new StudentExplanation.LevelOnStandards(
                snapshot.label(l.points(), l.label(), reader), l.points(), l.codes())).toList();
        var read = new StudentExplanation(explanation.student(), explanation.group(), explanation.role(), levels,
                explanation.noEvidence(), "");
        return new StudentExplanation(explanation.student(), explanation.group(), explanation.role(), levels,
                explanation.noEvidence(), Explanations.text(read, setting, reader));
    }

    private static List<String> inLanguage(List<Phrase> phrases, Locale reader) {
        return phrases.stream().map(p -> p.in(reader)).toList();
    }

    private AgendaView agendaView(Current c, Map<String, String> nameOf, Map<UUID, Long> ownAgendaVersions,
                                  Locale reader) {
        Agenda agenda = c.agenda();
        Rotation rotation = c.rotation();
        // Own agendas as the teacher set them; the rounds below show where each could be followed.
        var ownIds = new LinkedHashMap<UUID, List<UUID>>();
        c.own().forEach((s, stations) -> ownIds.put(UUID.fromString(s.value()),
                stations.stream().map(UUID::fromString).toList()));
        var rounds = new ArrayList<RoundView>();
        for (int r = 1; r <= rotation.rounds(); r++) {
            int round = r;
            var placements = agenda.groupStations().get(r - 1).entrySet().stream().map(e -> new Placement(e.getKey(),
                    UUID.fromString(e.getValue()), rotation.station(e.getValue()).orElseThrow().name())).toList();
            var apart = new ArrayList<Apart>();
            for (Group g : c.grouping().groups()) {
                String groupStation = agenda.groupStations().get(r - 1).get(g.number());
                for (StudentId s : g.members()) {
                    String at = agenda.studentStations().get(s).get(round - 1);
                    if (!at.equals(groupStation)) {
                        apart.add(new Apart(UUID.fromString(s.value()), nameOf.get(s.value()), UUID.fromString(at),
                                rotation.station(at).orElseThrow().name(), c.grouping().roleOf(s), c.own().containsKey(s)));
                    }
                }
            }
            rounds.add(new RoundView(r, (r - 1) * rotation.minutesPerRound(), placements, apart));
        }
        var conflicts = agenda.conflicts().stream().map(x -> new ConflictView(UUID.fromString(x.student().value()),
                nameOf.get(x.student().value()), x.round(), UUID.fromString(x.stationId()), x.message().in(reader)))
                .toList();
        return new AgendaView(rounds, conflicts, inLanguage(agenda.notes(), reader), ownIds, ownAgendaVersions);
    }

    private static List<List<String>> ids(List<List<UUID>> sets) {
        if (sets == null) return List.of();
        return sets.stream().map(set -> set.stream().map(UUID::toString).toList()).toList();
    }
}
