package org.cairn.plans.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.infra.i18n.Messages;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;

/**
 * A one-page, plain-language summary of one student's plan for the family, in English or Spanish (the plans
 * message bundle): standards mastered and in progress, current goals, the next conference and, only when the
 * teacher marked them shareable, the notes of the last conference. Teacher notes never appear otherwise, and
 * nothing of "about me", reflections or other students is included.
 */
public record FamilySummary(String language, String title, String intro, List<Section> sections) {

    /** A standard's standing as the mastery feature reports it, with the scale's label in the family's language. */
    public record Standing(String code, String statement, String levelLabel, boolean mastered) {
        public Standing {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A heading and its lines; {@code lines} is never empty (an empty section says so in words). */
    public record Section(String heading, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public FamilySummary {
        sections = List.copyOf(sections);
    }

    /** The whole summary as plain text, for printing or a screen reader. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append("\n\n").append(intro).append('\n');
        for (Section section : sections) {
            text.append('\n').append(section.heading()).append('\n');
            for (String line : section.lines()) text.append("- ").append(line).append('\n');
        }
        return text.toString();
    }

    public static FamilySummary of(Messages messages, String studentName, List<Standing> standings,
                                   PlanRecords records, LocalDate today) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        List<Section> sections = new ArrayList<>();

        List<String> mastered = new ArrayList<>();
        List<String> inProgress = new ArrayList<>();
        for (Standing s : standings) {
            String line = s.statement() == null || s.statement().isBlank()
                    ? messages.get("plans.family.standardNoStatement", s.code(), label(s, messages))
                    : messages.get("plans.family.standard", s.code(), s.statement(), label(s, messages));
            (s.mastered() ? mastered : inProgress).add(line);
        }
        sections.add(section(messages.get("plans.family.mastered"), mastered, messages.get("plans.family.masteredNone")));
        sections.add(section(messages.get("plans.family.inProgress"), inProgress, messages.get("plans.family.inProgressNone")));

        List<String> goals = records.goals().stream()
                .filter(g -> g.status() == GoalStatus.ACTIVE)
                .sorted(Comparator.comparing(Goal::targetDate).thenComparing(Goal::createdAt))
                .map(g -> messages.get("plans.family.goal", g.text(), dates.format(g.targetDate())))
                .toList();
        sections.add(section(messages.get("plans.family.goals"), goals, messages.get("plans.family.goalsNone")));

        Optional<Conference> next = records.nextScheduled(today);
        sections.add(section(messages.get("plans.family.nextConference"),
                next.map(c -> List.of(messages.get("plans.family.conferenceOn", dates.format(c.scheduledOn()),
                        c.startsAt().toString()))).orElse(List.of()),
                messages.get("plans.family.nextConferenceNone")));

        // Teacher notes are private to teachers unless the teacher marked them shareable (domain: conference notes).
        records.lastHeld().filter(Conference::notesShareable).flatMap(Conference::notes).ifPresent(notes ->
                sections.add(new Section(messages.get("plans.family.notes"), List.of(notes))));

        return new FamilySummary(messages.locale().getLanguage(),
                messages.get("plans.family.title", studentName),
                messages.get("plans.family.intro", studentName, dates.format(today)),
                sections);
    }

    private static String label(Standing s, Messages messages) {
        return s.levelLabel() == null || s.levelLabel().isBlank() ? messages.get("plans.family.noEvidence") : s.levelLabel();
    }

    private static Section section(String heading, List<String> lines, String whenEmpty) {
        return new Section(heading, lines.isEmpty() ? List.of(whenEmpty) : lines);
    }
}
