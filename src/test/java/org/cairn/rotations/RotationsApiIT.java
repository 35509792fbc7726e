package org.cairn.rotations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.rotations.RotationClass.Person;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotations over real HTTP against the real WAR: real signed launches of a teacher and six students, standards and
 * mastery seeded in the database, then stations, a rotation, skill groups with explanations, a keyboard-style move,
 * a regroup from newer evidence, the board and each student's "now and next"; bad input and denials as problems.
 */
class RotationsApiIT {

    private final CairnServer cairn = CairnServer.shared();
    private RotationClass room;
    private Person teacher;
    private final List<Person> students = new ArrayList<>();
    private UUID courseId;
    private List<UUID> standards;

    @BeforeEach
    void classWithMastery() {
        room = new RotationClass(cairn);
        teacher = room.launch("Elena Rivera", RotationClass.INSTRUCTOR);
        String[] names = {"Ana Beltrán", "Ben Okafor", "Cai Chen", "Dee Park", "Eli Stone", "Fay Ruiz"};
        for (String name : names) {
            students.add(room.launch(name, RotationClass.LEARNER));
        }
        courseId = room.courseId(teacher);
        standards = room.seedStandards(courseId, "6.RP.3", "6.RP.2");
        // Ana and Ben need the most, Cai and Dee are developing, Eli and Fay are at or above mastery.
        double[][] levels = {{1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 4}, {4, 4}};
        for (int i = 0; i < names.length; i++) {
            room.seedMastery(courseId, students.get(i).id(), standards.get(0), levels[i][0]);
            room.seedMastery(courseId, students.get(i).id(), standards.get(1), levels[i][1]);
        }
    }

    @AfterEach
    void close() {
        room.close();
    }

    private Map<String, Object> rotation(List<String> stationIds, int rounds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Ratios stations");
        body.put("date", "2026-11-27");
        body.put("rounds", rounds);
        body.put("minutesPerRound", 15);
        body.put("stationIds", stationIds);
        return body;
    }

    private List<String> threeStations() {
        return threeStations(4);
    }

    private List<String> threeStations(int capacity) {
        return List.of(room.station(teacher, "Teacher table", "TEACHER_LED", 3),
                room.station(teacher, "Pair problems", "COLLABORATIVE", capacity),
                room.station(teacher, "Practice site", "INDEPENDENT", capacity));
    }

    private String createRotation(List<String> stations) {
        Http.Reply created = room.post(teacher, "", rotation(stations, 3));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("rotation").get("id").asText();
    }

    private Map<String, Object> skillGroups(int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", "SKILL");
        body.put("standardIds", standards);
        body.put("groupCount", count);
        return body;
    }

    private static List<String> members(JsonNode group) {
        return StreamSupport.stream(group.get("members").spliterator(), false).map(m -> m.get("id").asText()).toList();
    }

    private String id(int student) {
        return students.get(student).id().toString();
    }

    @Test
    void skillGroupsFromTheLatestMasterySendTheNeediestToTheTeacherFirstAndEachStudentSeesNowAndNext() {
        List<String> stations = threeStations();
        String rotation = createRotation(stations);

        Http.Reply grouped = room.post(teacher, "/" + rotation + "/groupings", skillGroups(3));
        assertThat(grouped.status()).as(grouped.toString()).isEqualTo(201);
        JsonNode grouping = grouped.json().get("grouping");
        JsonNode first = grouping.get("groups").get(0);
        assertThat(first.get("intervention").asBoolean()).isTrue();
        assertThat(members(first)).containsExactlyInAnyOrder(id(0), id(1));
        assertThat(first.get("members").get(0).get("explanation").get("text").asText())
                .contains("6.RP.3").endsWith("grouped for intervention");
        JsonNode ana = StreamSupport.stream(first.get("members").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(id(0))).findFirst().orElseThrow();
        assertThat(ana.get("name").asText()).isEqualTo("Ana Beltrán");
        assertThat(ana.get("explanation").get("text").asText()).isEqualTo("Beginning on 6.RP.3 and 6.RP.2; grouped for intervention");
        // Round 1: the intervention group is at the teacher-led station.
        JsonNode round1 = grouping.get("agenda").get("rounds").get(0);
        assertThat(round1.get("groups").get(0).get("stationId").asText()).isEqualTo(stations.get(0));

        Http.Reply anaNow = room.get(students.get(0), "/mine");
        assertThat(anaNow.status()).as(anaNow.toString()).isEqualTo(200);
        assertThat(anaNow.json().get("now").get("name").asText()).isEqualTo("Teacher table");
        assertThat(anaNow.json().get("next").get("id").asText()).isNotEqualTo(stations.get(0));
        assertThat(anaNow.json().get("role").asText()).isEqualTo("INTERVENTION");
        // Fay is at mastery on both: extension work, never a seat at the teacher table.
        JsonNode fay = room.get(students.get(5), "/" + rotation + "/agendas/" + id(5)).json();
        assertThat(fay.get("role").asText()).isEqualTo("EXTENSION");
        assertThat(StreamSupport.stream(fay.get("stops").spliterator(), false)
                .map(s -> s.get("station").get("kind").asText())).doesNotContain("TEACHER_LED");

        // The board: every round's group -> station, and the timer moves on when the teacher says so.
        JsonNode board = room.get(teacher, "/" + rotation + "/board").json();
        assertThat(board.get("schedule")).hasSize(3);
        assertThat(board.get("currentRound").asInt()).isEqualTo(1);
        Http.Reply next = room.put(teacher, "/" + rotation + "/board/round", Map.of("round", 2, "running", true));
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(next.json().get("roundStartedAt").isNull()).isFalse();
        JsonNode anaRound2 = room.get(students.get(0), "/mine").json();
        assertThat(anaRound2.get("currentRound").asInt()).isEqualTo(2);
        assertThat(anaRound2.get("now").get("id").asText()).isEqualTo(anaNow.json().get("next").get("id").asText());
    }

    @Test
    void aSpanishSpeakingTeacherReadsLevelsRelaxedGoalsNotesAndConflictsInSpanish() {
        Person lucia = room.launchSpeaking("es-419", "Lucía Gómez", RotationClass.INSTRUCTOR);
        // No teacher-led station: the intervention group meets no teacher, which the agenda notes.
        List<String> stations = List.of(room.station(teacher, "Pair problems", "COLLABORATIVE", 3),
                room.station(teacher, "Practice site", "INDEPENDENT", 3),
                room.station(teacher, "Quiet reading", "INDEPENDENT", 3));
        String rotation = createRotation(stations);

        // Mixed groups: only Eli and Fay are at mastery on both standards, so one of three groups has no peer tutor.
        Map<String, Object> mixed = skillGroups(3);
        mixed.put("method", "MIXED");
        assertThat(room.post(teacher, "/" + rotation + "/groupings", mixed).status()).isEqualTo(201);
        assertThat(room.get(teacher, "/" + rotation).json().get("grouping").get("relaxedGoals").get(0).asText())
                .matches("Could not put a student at mastery in group \\d: only 2 students are at mastery on every "
                        + "target standard");
        assertThat(room.get(lucia, "/" + rotation).json().get("grouping").get("relaxedGoals").get(0).asText())
                .matches("No se pudo poner a un estudiante con dominio en el grupo \\d: solo 2 estudiantes tienen "
                        + "dominio en todos los estándares objetivo");

        // Skill groups of three; Ana (group 1, at Pair problems in round 1) is given Practice site, full then.
        assertThat(room.post(teacher, "/" + rotation + "/groupings", skillGroups(2)).status()).isEqualTo(201);
        Http.Reply own = room.put(teacher, "/" + rotation + "/agendas/" + id(0),
                Map.of("stationIds", List.of(stations.get(1), stations.get(1), stations.get(2))));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        JsonNode english = own.json().get("grouping");
        assertThat(english.get("agenda").get("notes").get(0).asText())
                .isEqualTo("No teacher-led station is in play, so the intervention group (group 1) meets no teacher");
        assertThat(english.get("agenda").get("conflicts").get(0).get("message").asText())
                .isEqualTo("station Practice site is full in round 1 (3 of 3), so the student stays at Pair problems");

        JsonNode spanish = room.get(lucia, "/" + rotation).json().get("grouping");
        assertThat(spanish.get("agenda").get("notes").get(0).asText()).isEqualTo("No hay ninguna estación con el docente "
                + "en juego, así que el grupo de intervención (grupo 1) no se reúne con ningún docente");
        assertThat(spanish.get("agenda").get("conflicts").get(0).get("message").asText()).isEqualTo(
                "la estación Practice site está llena en la ronda 1 (3 de 3), así que el estudiante se queda en Pair problems");
        // Cairn's four levels, named in the reader's language in each student's explanation.
        JsonNode ana = StreamSupport.stream(spanish.get("groups").get(0).get("members").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(id(0))).findFirst().orElseThrow();
        assertThat(ana.get("explanation").get("levels").get(0).get("label").asText()).isEqualTo("Inicial");
        assertThat(ana.get("explanation").get("text").asText()).startsWith("Inicial en 6.RP.")
                .endsWith("; agrupado para intervención");
        assertThat(english.get("groups").get(0).get("members").findValuesAsText("label")).contains("Beginning");

        // A rotation she gives no title is named in her language, with the date as Spanish writes it.
        Map<String, Object> untitled = rotation(stations, 3);
        untitled.remove("title");
        Http.Reply created = room.post(lucia, "", untitled);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("rotation").get("title").asText()).isEqualTo("Rotación del 27 de noviembre de 2026");
        untitled.put("title", " ");
        assertThat(room.post(teacher, "", untitled).json().get("rotation").get("title").asText())
                .isEqualTo("Rotation November 27, 2026");
    }

    @Test
    void aTeacherMovesAStudentAndRegroupsFromNewerEvidenceKeepingTheEarlierGrouping() {
        String rotation = createRotation(threeStations());
        assertThat(room.post(teacher, "/" + rotation + "/groupings", skillGroups(3)).status()).isEqualTo(201);

        Http.Reply moved = room.post(teacher, "/" + rotation + "/moves", Map.of("studentId", id(2), "toGroup", 1));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode group1 = moved.json().get("grouping").get("groups").get(0);
        assertThat(members(group1)).contains(id(2));
        JsonNode cai = StreamSupport.stream(group1.get("members").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(id(2))).findFirst().orElseThrow();
        assertThat(cai.get("explanation").get("text").asText()).endsWith("moved here by the teacher");
        Person lucia = room.launchSpeaking("es-419", "Lucía Gómez", RotationClass.INSTRUCTOR);
        JsonNode caiInSpanish = StreamSupport.stream(room.get(lucia, "/" + rotation).json().get("grouping").get("groups")
                .get(0).get("members").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(id(2))).findFirst().orElseThrow();
        assertThat(caiInSpanish.get("explanation").get("text").asText()).contains(" en 6.RP.")
                .endsWith("; movido aquí por el docente");
        assertThat(moved.json().get("grouping").get("moves")).hasSize(1);

        // Ana's newest evidence puts her at Advanced on both standards: regrouping takes her out of intervention.
        room.seedMastery(courseId, students.get(0).id(), standards.get(0), 4);
        room.seedMastery(courseId, students.get(0).id(), standards.get(1), 4);
        Http.Reply regrouped = room.post(teacher, "/" + rotation + "/regroup", Map.of());
        assertThat(regrouped.status()).as(regrouped.toString()).isEqualTo(201);
        JsonNode detail = regrouped.json();
        assertThat(detail.get("history")).hasSize(2);
        assertThat(detail.get("grouping").get("sequence").asInt()).isEqualTo(2);
        assertThat(members(detail.get("grouping").get("groups").get(0))).doesNotContain(id(0));
        assertThat(detail.get("grouping").get("moves")).isEmpty();
        assertThat(detail.get("history").get(1).get("moves").asInt()).isEqualTo(1);
    }

    @Test
    void absentStudentsAreInNoGroupAndAStudentsOwnAgendaIsFollowed() {
        List<String> stations = threeStations(6);
        String rotation = createRotation(stations);
        Map<String, Object> body = skillGroups(2);
        body.put("absent", List.of(id(3)));
        Http.Reply grouped = room.post(teacher, "/" + rotation + "/groupings", body);
        assertThat(grouped.status()).as(grouped.toString()).isEqualTo(201);
        JsonNode groups = grouped.json().get("grouping").get("groups");
        assertThat(StreamSupport.stream(groups.spliterator(), false).flatMap(g -> members(g).stream()))
                .hasSize(5).doesNotContain(id(3));
        assertThat(room.get(students.get(3), "/mine").json().get("inGroup").asBoolean()).isFalse();

        List<String> own = List.of(stations.get(2), stations.get(1), stations.get(2));
        Http.Reply set = room.put(teacher, "/" + rotation + "/agendas/" + id(4), Map.of("stationIds", own));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("grouping").get("agenda").get("conflicts")).isEmpty();
        assertThat(set.json().get("grouping").get("agenda").get("ownAgendas").get(id(4))).hasSize(3);
        JsonNode eli = room.get(students.get(4), "/" + rotation + "/agendas/" + id(4)).json();
        assertThat(StreamSupport.stream(eli.get("stops").spliterator(), false)
                .map(s -> s.get("station").get("id").asText())).containsExactlyElementsOf(own);
    }

    @Test
    void savingAStudentsOwnAgendaEightTimesAtOnceAllSucceedAndTheStudentHasOneAgenda() throws SQLException {
        List<String> stations = threeStations(6);
        String rotation = createRotation(stations);
        Http.Reply grouped = room.post(teacher, "/" + rotation + "/groupings", skillGroups(2));
        assertThat(grouped.status()).as(grouped.toString()).isEqualTo(201);
        List<List<String>> agendas = List.of(List.of(stations.get(2), stations.get(1), stations.get(2)),
                List.of(stations.get(1), stations.get(2), stations.get(1)));

        // Eli has no agenda of his own yet: every save inserts it (a double click, or two teachers' tabs).
        List<Http.Reply> replies = AtOnce.send(8, i -> room.put(teacher, "/" + rotation + "/agendas/" + id(4),
                Map.of("stationIds", agendas.get(i % 2))));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(count("SELECT COUNT(*) FROM rotation_own_agenda WHERE rotation_id = ? AND student_id = ?",
                UUID.fromString(rotation), id(4))).isOne();
        JsonNode eli = room.get(students.get(4), "/" + rotation + "/agendas/" + id(4)).json();
        assertThat(agendas).contains(StreamSupport.stream(eli.get("stops").spliterator(), false)
                .map(s -> s.get("station").get("id").asText()).toList());
    }

    /** A save from a page opened before another save: refused as a simultaneous save, in the page's words. */
    private static void assertRefusedAsStale(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:cairn:problem:conflict");
        assertThat(reply.json().get("reason").asText()).isEqualTo("simultaneous-save");
        assertThat(reply.json().get("detail").asText()).contains("Reload to see that change, then save yours again");
    }

    private static Map<String, Object> station(String name, int capacity, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "COLLABORATIVE");
        body.put("capacity", capacity);
        body.put("instructions", "Work on " + name);
        if (version != null) body.put("version", version);
        return body;
    }

    private JsonNode stationNamed(String id) {
        return StreamSupport.stream(room.get(teacher, "/stations").json().spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aStationChangedFromAPageOpenedBeforeAColleaguesChangeIsRefusedAndKeepsTheColleaguesStation() {
        Person coTeacher = room.launch("Marta Ruiz", RotationClass.INSTRUCTOR);
        String id = room.station(teacher, "Pair problems", "COLLABORATIVE", 4);
        // Both open the stations list.
        long loaded = stationNamed(id).get("version").asLong();

        Http.Reply changed = room.put(teacher, "/stations/" + id, station("Pair problems", 6, loaded));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        long version = changed.json().get("version").asLong();
        assertThat(version).isGreaterThan(loaded);

        // The co-teacher's page still has the old version: changing or retiring the station is refused, and the
        // teacher's change stays.
        assertRefusedAsStale(room.put(coTeacher, "/stations/" + id, station("Reading corner", 3, loaded)));
        assertRefusedAsStale(room.delete(coTeacher, "/stations/" + id + "?version=" + loaded));
        JsonNode stored = stationNamed(id);
        assertThat(stored.get("name").asText()).isEqualTo("Pair problems");
        assertThat(stored.get("capacity").asInt()).isEqualTo(6);
        assertThat(stored.get("version").asLong()).isEqualTo(version);

        // Reloaded, it goes through; without a version neither is checked, as before.
        Http.Reply again = room.put(coTeacher, "/stations/" + id, station("Reading corner", 3, version));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isGreaterThan(version);
        assertThat(room.put(teacher, "/stations/" + id, station("Reading corner", 4, null)).status()).isEqualTo(200);
        assertThat(room.delete(teacher, "/stations/" + id).status()).isEqualTo(204);
        assertThat(stationNamed(id)).isNull();
    }

    @Test
    void aStudentsOwnAgendaSavedFromAPageOpenedBeforeAColleaguesSaveIsRefusedAndKeepsTheColleaguesAgenda() {
        Person coTeacher = room.launch("Marta Ruiz", RotationClass.INSTRUCTOR);
        List<String> stations = threeStations(6);
        String rotation = createRotation(stations);
        assertThat(room.post(teacher, "/" + rotation + "/groupings", skillGroups(2)).status()).isEqualTo(201);
        String eli = "/" + rotation + "/agendas/" + id(4);
        List<String> teachers = List.of(stations.get(2), stations.get(1), stations.get(2));
        List<String> colleagues = List.of(stations.get(1), stations.get(2), stations.get(1));
        // Both open the rotation while Eli has no agenda of his own: he is not among the versions (0).
        assertThat(room.get(coTeacher, "/" + rotation).json().get("grouping").get("agenda").get("ownAgendaVersions")
                .has(id(4))).isFalse();

        Http.Reply set = room.put(teacher, eli, Map.of("stationIds", teachers, "version", 0));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        long first = ownAgendaVersion(set.json());
        assertThat(first).isPositive();

        // The co-teacher's page did not show it: setting or clearing Eli's agenda is refused, and it stays.
        assertRefusedAsStale(room.put(coTeacher, eli, Map.of("stationIds", colleagues, "version", 0)));
        assertRefusedAsStale(room.delete(coTeacher, eli + "?version=0"));
        assertThat(stops(eli)).containsExactlyElementsOf(teachers);

        // The teacher lets Eli follow his group, then gives him an agenda again: its version keeps counting, so a page
        // that loaded the first agenda does not match the new one and cannot overwrite or clear it.
        JsonNode cleared = room.delete(teacher, eli + "?version=" + first).json();
        assertThat(cleared.get("grouping").get("agenda").get("ownAgendas").has(id(4))).isFalse();
        long followed = ownAgendaVersion(cleared);
        assertThat(followed).isGreaterThan(first);
        Http.Reply again = room.put(teacher, eli, Map.of("stationIds", teachers, "version", followed));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(ownAgendaVersion(again.json())).isGreaterThan(followed);
        assertRefusedAsStale(room.put(coTeacher, eli, Map.of("stationIds", colleagues, "version", first)));
        assertRefusedAsStale(room.delete(coTeacher, eli + "?version=" + first));
        assertThat(stops(eli)).containsExactlyElementsOf(teachers);

        // Without a version neither is checked, as before.
        Http.Reply unchecked = room.put(coTeacher, eli, Map.of("stationIds", colleagues));
        assertThat(unchecked.status()).as(unchecked.toString()).isEqualTo(200);
        assertThat(stops(eli)).containsExactlyElementsOf(colleagues);
        Http.Reply clearedUnchecked = room.delete(coTeacher, eli);
        assertThat(clearedUnchecked.status()).as(clearedUnchecked.toString()).isEqualTo(200);
        assertThat(clearedUnchecked.json().get("grouping").get("agenda").get("ownAgendas").has(id(4))).isFalse();
    }

    private long ownAgendaVersion(JsonNode detail) {
        return detail.get("grouping").get("agenda").get("ownAgendaVersions").get(id(4)).asLong();
    }

    /** Eli's stations round by round, as he reads them. */
    private List<String> stops(String agendaPath) {
        JsonNode agenda = room.get(students.get(4), agendaPath).json();
        return StreamSupport.stream(agenda.get("stops").spliterator(), false)
                .map(s -> s.get("station").get("id").asText()).toList();
    }

    private long count(String sql, Object... values) throws SQLException {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void zeroRoundsIsRefusedNamingTheConstraint() {
        Http.Reply reply = room.post(teacher, "", rotation(threeStations(), 0));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("constraint").asText()).isEqualTo("ROUNDS");
        assertThat(reply.json().get("detail").asText()).contains("at least 1 round");
    }

    @Test
    void moreStudentsThanTheStationsHoldIsRefusedNamingTheCapacity() {
        String rotation = createRotation(List.of(room.station(teacher, "Teacher table", "TEACHER_LED", 2),
                room.station(teacher, "Practice site", "INDEPENDENT", 2)));
        Http.Reply reply = room.post(teacher, "/" + rotation + "/groupings", skillGroups(2));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("constraint").asText()).isEqualTo("STATION_CAPACITY");
        assertThat(reply.json().get("detail").asText()).contains("6 present students").contains("hold 4");
        assertThat(room.get(teacher, "/" + rotation).json().get("history")).isEmpty();
    }

    @Test
    void keepingTheSamePairTogetherAndApartIsAContradiction() {
        String rotation = createRotation(threeStations());
        Map<String, Object> body = skillGroups(3);
        body.put("keepApart", List.of(List.of(id(0), id(1))));
        body.put("keepTogether", List.of(List.of(id(0), id(1))));
        Http.Reply reply = room.post(teacher, "/" + rotation + "/groupings", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("constraint").asText()).isEqualTo("CONTRADICTION");
        assertThat(reply.json().get("detail").asText()).contains("Ana Beltrán").contains("Ben Okafor");
    }

    @Test
    void aMoveNoStationCouldHoldIsRefusedAndTheBoardWaitsForGroups() {
        String rotation = createRotation(threeStations());
        Http.Reply early = room.get(teacher, "/" + rotation + "/board");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("build groups");
        assertThat(room.post(teacher, "/" + rotation + "/groupings", skillGroups(3)).status()).isEqualTo(201);

        assertThat(room.post(teacher, "/" + rotation + "/moves", Map.of("studentId", id(2), "toGroup", 1)).status())
                .isEqualTo(200);
        assertThat(room.post(teacher, "/" + rotation + "/moves", Map.of("studentId", id(3), "toGroup", 1)).status())
                .isEqualTo(200);
        Http.Reply tooMany = room.post(teacher, "/" + rotation + "/moves", Map.of("studentId", id(4), "toGroup", 1));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.json().get("errors").get(0).get("constraint").asText()).isEqualTo("STATION_CAPACITY");
        assertThat(tooMany.json().get("detail").asText()).contains("group 1 has 5 students but the largest station holds 4");
        assertThat(room.get(teacher, "/" + rotation).json().get("grouping").get("moves")).hasSize(2);
    }

    @Test
    void aStationLinkMustBeAWebAddress() {
        Http.Reply reply = room.post(teacher, "/stations", Map.of("name", "Practice site", "kind", "DIGITAL",
                "capacity", 4, "link", "javascript:alert(1)"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("https://");
        assertThat(room.get(teacher, "/stations").json()).isEmpty();
    }

    @Test
    void studentsCannotCreateRotationsOrReadAnotherStudentsAgenda() {
        String rotation = createRotation(threeStations());
        assertThat(room.post(teacher, "/" + rotation + "/groupings", skillGroups(3)).status()).isEqualTo(201);
        Person ana = students.get(0);

        Http.Reply create = room.post(ana, "", rotation(List.of(), 3));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(room.post(ana, "/" + rotation + "/groupings", skillGroups(3)).status()).isEqualTo(403);
        assertThat(room.post(ana, "/" + rotation + "/moves", Map.of("studentId", id(0), "toGroup", 2)).status())
                .isEqualTo(403);
        assertThat(room.get(ana, "/" + rotation + "/board").status()).isEqualTo(403);

        Http.Reply other = room.get(ana, "/" + rotation + "/agendas/" + id(1));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(room.get(ana, "/" + rotation + "/agendas/" + id(0)).status()).isEqualTo(200);
    }

    @Test
    void aTeacherOfAnotherCourseFindsNothingAndNoTokenIsRefused() {
        String rotation = createRotation(threeStations());
        Person stranger = room.launch("Omar Otro", RotationClass.INSTRUCTOR, "ctx-" + UUID.randomUUID());

        Http.Reply read = room.get(stranger, "/" + rotation);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(room.post(stranger, "/" + rotation + "/groupings", skillGroups(3)).status()).isEqualTo(404);
        assertThat(room.get(stranger, "/" + rotation + "/agendas/" + id(0)).status()).isEqualTo(404);
        assertThat(room.get(stranger, "/stations").json()).isEmpty();

        Http.Reply anonymous = room.http.get(cairn.uri("/api/v1/courses/current/rotations/" + rotation));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
}
