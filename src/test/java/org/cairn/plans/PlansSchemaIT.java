package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.Test;

/**
 * V8__plans.sql as Flyway applied it in the running Cairn, on H2 and on PostgreSQL (Failsafe runs this twice):
 * a whole plan's rows go in, and the constraints that guard the rules hold. Every test uses fresh ids.
 */
class PlansSchemaIT {

    private final CairnServer cairn = CairnServer.shared();

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) statement.setObject(i + 1, values[i]);
            statement.executeUpdate();
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.parse("2026-11-27T15:00:00Z"));
    }

    private record Ids(UUID course, UUID student, UUID teacher, UUID period, UUID plan) {
        static Ids fresh() {
            return new Ids(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        }
    }

    private static Ids aPlan(Connection c) throws SQLException {
        Ids ids = Ids.fresh();
        insert(c, "INSERT INTO planning_period (id, course_id, name, starts_on, ends_on, created_by, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", ids.period(), ids.course(), "Race 4",
                Date.valueOf(LocalDate.of(2026, 11, 23)), Date.valueOf(LocalDate.of(2026, 12, 6)), ids.teacher(), now());
        insert(c, "INSERT INTO planning_period_standard (period_id, position, standard_id) VALUES (?, 0, ?)",
                ids.period(), UUID.randomUUID().toString());
        insert(c, "INSERT INTO learning_plan (id, course_id, student_id, started_from_template, created_at, version)"
                + " VALUES (?, ?, ?, NULL, ?, 0)", ids.plan(), ids.course(), ids.student(), now());
        insert(c, "INSERT INTO learning_plan_prompt (plan_id, position, prompt) VALUES (?, 0, ?)", ids.plan(), "What went well?");
        return ids;
    }

    @Test
    void holdsAWholePlan() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            Ids ids = aPlan(c);
            UUID template = UUID.randomUUID();
            insert(c, "INSERT INTO plan_template (id, course_id, cadence, conference_minutes, updated_by, updated_at, version)"
                    + " VALUES (?, ?, 'WEEKLY', 5, ?, ?, 0)", template, UUID.randomUUID(), ids.teacher(), now());
            insert(c, "INSERT INTO plan_template_prompt (template_id, position, prompt) VALUES (?, 0, ?)", template, "What was hard?");
            insert(c, "INSERT INTO plan_template_goal_suggestion (template_id, position, suggestion) VALUES (?, 0, ?)",
                    template, "Read 20 minutes 4 days a week");
            insert(c, "INSERT INTO learning_plan_goal_suggestion (plan_id, position, suggestion) VALUES (?, 0, ?)",
                    ids.plan(), "Read 20 minutes 4 days a week");
            UUID conference = UUID.randomUUID();
            insert(c, "INSERT INTO conference (id, course_id, plan_id, student_id, teacher_id, scheduled_on, starts_at, minutes,"
                    + " status, notes, notes_shareable, held_at, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 5, 'HELD', ?, TRUE, ?, ?, ?, 0)", conference, ids.course(), ids.plan(),
                    ids.student(), ids.teacher(), Date.valueOf(LocalDate.of(2026, 11, 27)), Time.valueOf(LocalTime.of(9, 30)),
                    "Ready for percents", now(), now(), now());
            insert(c, "INSERT INTO conference_slot (id, course_id, slot_date, starts_at, minutes, label) VALUES (?, ?, ?, ?, 20, ?)",
                    UUID.randomUUID(), ids.course(), Date.valueOf(LocalDate.of(2026, 11, 30)), Time.valueOf(LocalTime.of(9, 0)),
                    "Teacher-led station");
            UUID goal = UUID.randomUUID();
            insert(c, "INSERT INTO goal (id, plan_id, period_id, goal_text, serves_standard_id, serves_habit, target_kind,"
                    + " target_standard_id, target_level_points, target_quantity, target_unit, target_times, target_per,"
                    + " target_date, status, author_id, author_role, agreed_in_conference, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, NULL, 'PERSISTENCE', 'COUNT_PER', NULL, NULL, 20, 'minutes', 4, 'WEEK', ?,"
                    + " 'ACTIVE', ?, 'TEACHER', ?, ?, ?, 0)", goal, ids.plan(), ids.period(), "Read 20 minutes 4 days a week",
                    Date.valueOf(LocalDate.of(2026, 12, 4)), ids.teacher(), conference.toString(), now(), now());
            insert(c, "INSERT INTO goal_revision (goal_id, position, revised_at, revised_by, revised_by_role, previous_text,"
                    + " previous_target, previous_target_date, previous_status) VALUES (?, 0, ?, ?, 'STUDENT', ?, ?, ?, 'ACTIVE')",
                    goal, now(), ids.student().toString(), "Read more", "20 minutes, 3 per week", Date.valueOf(LocalDate.of(2026, 12, 3)));
            insert(c, "INSERT INTO goal_progress (goal_id, position, progress_on, recorded_at, recorded_by, note, amount)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?)", goal, Date.valueOf(LocalDate.of(2026, 11, 26)), now(), ids.student().toString(),
                    "Wonder, chapter 3", 25.5);
            UUID reflection = UUID.randomUUID();
            insert(c, "INSERT INTO reflection (id, plan_id, period_id, student_id, written_at, goal_setting_rating,"
                    + " monitoring_rating, persistence_rating) VALUES (?, ?, ?, ?, ?, 3, NULL, 4)",
                    reflection, ids.plan(), ids.period(), ids.student(), now());
            insert(c, "INSERT INTO reflection_answer (reflection_id, position, prompt, answer) VALUES (?, 0, ?, ?)",
                    reflection, "What went well?", "a".repeat(4000));
            insert(c, "INSERT INTO about_me (id, plan_id, student_id, interests, interests_visibility, strengths,"
                    + " strengths_visibility, learn_best, learn_best_visibility, teachers_should_know,"
                    + " teachers_should_know_visibility, family, family_visibility, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, 'MY_TEACHERS', NULL, 'ONLY_ME', NULL, 'ONLY_ME', NULL, 'ONLY_ME', NULL, 'ONLY_ME', ?, 0)",
                    UUID.randomUUID(), ids.plan(), ids.student(), "Soccer", now());

            try (PreparedStatement read = c.prepareStatement("SELECT amount, target_unit FROM goal g"
                    + " JOIN goal_progress p ON p.goal_id = g.id WHERE g.id = ?")) {
                read.setObject(1, goal);
                try (ResultSet rows = read.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getDouble(1)).isEqualTo(25.5);
                    assertThat(rows.getString(2)).isEqualTo("minutes");
                }
            }
        }
    }

    @Test
    void oneStudentHasOnePlanPerCourse() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            Ids ids = aPlan(c);
            assertThatThrownBy(() -> insert(c, "INSERT INTO learning_plan (id, course_id, student_id, created_at, version)"
                    + " VALUES (?, ?, ?, ?, 0)", UUID.randomUUID(), ids.course(), ids.student(), now()))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            assertThatThrownBy(() -> insert(c, "INSERT INTO planning_period (id, course_id, name, starts_on, ends_on,"
                    + " created_by, created_at, version) VALUES (?, ?, 'Backwards', ?, ?, ?, ?, 0)", UUID.randomUUID(),
                    UUID.randomUUID(), Date.valueOf(LocalDate.of(2026, 12, 6)), Date.valueOf(LocalDate.of(2026, 11, 23)),
                    UUID.randomUUID(), now())).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aGoalServesAStandardOrAHabitAndHasAKnownStatus() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            Ids ids = aPlan(c);
            String sql = "INSERT INTO goal (id, plan_id, period_id, goal_text, serves_standard_id, serves_habit, target_kind,"
                    + " target_standard_id, target_level_points, target_date, status, author_id, author_role, created_at,"
                    + " updated_at, version) VALUES (?, ?, ?, 'Reach Proficient', ?, ?, 'REACH_LEVEL', ?, 3, ?, ?, ?, 'STUDENT', ?, ?, 0)";
            UUID standard = UUID.randomUUID();
            Date due = Date.valueOf(LocalDate.of(2026, 12, 4));
            // Optional references are text since V13 (OptionalUuid).
            String standardText = standard.toString();
            assertThatThrownBy(() -> insert(c, sql, UUID.randomUUID(), ids.plan(), ids.period(), standardText, "PERSISTENCE",
                    standardText, due, "ACTIVE", ids.student(), now(), now())).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(c, sql, UUID.randomUUID(), ids.plan(), ids.period(), standardText, null,
                    standardText, due, "FORGOTTEN", ids.student(), now(), now())).isInstanceOf(SQLException.class);
            insert(c, sql, UUID.randomUUID(), ids.plan(), ids.period(), standardText, null, standardText, due, "ACTIVE",
                    ids.student(), now(), now());
        }
    }

    @Test
    void habitRatingsStayBetweenOneAndFour() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            Ids ids = aPlan(c);
            assertThatThrownBy(() -> insert(c, "INSERT INTO reflection (id, plan_id, period_id, student_id, written_at,"
                    + " persistence_rating) VALUES (?, ?, ?, ?, ?, 5)", UUID.randomUUID(), ids.plan(), ids.period(),
                    ids.student(), now())).isInstanceOf(SQLException.class);
        }
    }
}
