package org.cairn.plans.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;

/**
 * The best next standard for one student along the course's progression: a pure function of the course's
 * prioritized standards in unit order, the {@code precedes} links between them and the student's current levels.
 * <ol>
 *   <li>Candidates are the standards the student has not mastered (level below the mastery points).</li>
 *   <li>A candidate is <em>ready</em> when every standard that precedes it in the course is mastered.
 *       Links to standards outside the course's list are ignored: the course does not track them.</li>
 *   <li>Among ready candidates, only those of the earliest unit are considered ("the earliest not yet
 *       mastered"); among them the one that unlocks the most later, unmastered standards (directly or through
 *       others) wins, and a tie goes to the earlier one in unit order. The student's current level on the
 *       candidate plays no part: the recommendation is the best next step, not the easiest.</li>
 *   <li>If no candidate is ready (the links form a loop), the candidate with the fewest unmastered
 *       prerequisites, then the earliest, is recommended and the reason says so.</li>
 * </ol>
 * Deterministic: the result depends on the order of {@code standards} only, never on the order of the links
 * or of the level map.
 */
public final class NextStepRecommender {

    /** A prioritized standard of the course; the list order is unit order then priority within the unit. */
    public record CourseStandard(UUID id, String code, int unit) {
        public CourseStandard {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(code, "code");
        }
    }

    /** A {@code precedes} association: {@code before} comes before {@code after} in the progression. */
    public record Precedes(UUID before, UUID after) {
        public Precedes {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public enum Reason {
        /** Every standard before it is mastered. */
        PREREQUISITES_MASTERED,
        /** Nothing in the course comes before it. */
        NOTHING_BEFORE,
        /** The links form a loop, so no candidate has all its prerequisites mastered. */
        EARLIEST_DESPITE_LOOP
    }

    /** The recommendation and what explains it. */
    public record NextStep(CourseStandard standard, Reason reason, List<String> masteredBefore,
                           List<String> notYetMasteredBefore, List<String> unlocks) {

        public NextStep {
            masteredBefore = List.copyOf(masteredBefore);
            notYetMasteredBefore = List.copyOf(notYetMasteredBefore);
            unlocks = List.copyOf(unlocks);
        }

        /** "6.RP.2 is next: you mastered 6.RP.1, which comes before it." in the student's language. */
        public String explain(Messages messages) {
            String code = standard.code();
            String text = switch (reason) {
                case PREREQUISITES_MASTERED -> masteredBefore.size() == 1
                        ? messages.get("plans.next.afterOne", code, masteredBefore.get(0))
                        : messages.get("plans.next.afterMany", code, join(masteredBefore, messages));
                case NOTHING_BEFORE -> messages.get("plans.next.nothingBefore", code, standard.unit());
                case EARLIEST_DESPITE_LOOP -> messages.get("plans.next.loop", code, join(notYetMasteredBefore, messages));
            };
            if (!unlocks.isEmpty()) {
                text = text + " " + (unlocks.size() == 1
                        ? messages.get("plans.next.unlocksOne", unlocks.get(0))
                        : messages.get("plans.next.unlocksMany", unlocks.size(), join(unlocks, messages)));
            }
            return text;
        }

        public String explain() {
            return explain(Messages.forLocale(Messages.ENGLISH));
        }

        private static String join(List<String> codes, Messages messages) {
            if (codes.size() <= 1) return String.join("", codes);
            return String.join(", ", codes.subList(0, codes.size() - 1)) + " " + messages.get("plans.and") + " "
                    + codes.get(codes.size() - 1);
        }
    }

    private NextStepRecommender() {
    }

    /**
     * @param standards     the course's prioritized standards in unit order (duplicates after the first are ignored)
     * @param links         {@code precedes} links; those naming a standard outside {@code standards} are ignored
     * @param levels        the student's current level points per standard; missing means no evidence yet
     * @param masteryPoints the scale's mastery threshold (Proficient, 3, by default)
     * @return the next standard, or empty when every standard is mastered (or the list is empty)
     */
    public static Optional<NextStep> recommend(List<CourseStandard> standards, Collection<Precedes> links,
                                               Map<UUID, Integer> levels, int masteryPoints) {
        Map<UUID, Integer> position = new LinkedHashMap<>();
        List<CourseStandard> course = new ArrayList<>();
        for (CourseStandard s : standards) {
            if (position.putIfAbsent(s.id(), course.size()) == null) course.add(s);
        }
        int n = course.size();
        List<TreeSet<Integer>> before = new ArrayList<>(n);
        List<TreeSet<Integer>> after = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            before.add(new TreeSet<>());
            after.add(new TreeSet<>());
        }
        for (Precedes link : links) {
            Integer a = position.get(link.before());
            Integer b = position.get(link.after());
            if (a == null || b == null || a.equals(b)) continue;
            before.get(b).add(a);
            after.get(a).add(b);
        }
        boolean[] mastered = new boolean[n];
        for (int i = 0; i < n; i++) {
            Integer level = levels.get(course.get(i).id());
            mastered[i] = level != null && level >= masteryPoints;
        }

        int readyUnit = earliestReadyUnit(course, before, mastered);
        int chosen = -1;
        int chosenUnlocks = -1;
        for (int i = 0; i < n; i++) {
            if (mastered[i] || course.get(i).unit() != readyUnit || !allMastered(before.get(i), mastered)) continue;
            int unlocks = unlocked(i, after, mastered).size();
            // Strictly more: on a tie the earlier standard, already chosen, stays.
            if (unlocks > chosenUnlocks) {
                chosen = i;
                chosenUnlocks = unlocks;
            }
        }
        if (chosen >= 0) {
            List<String> masteredBefore = codes(before.get(chosen), course);
            return Optional.of(new NextStep(course.get(chosen),
                    masteredBefore.isEmpty() ? Reason.NOTHING_BEFORE : Reason.PREREQUISITES_MASTERED,
                    masteredBefore, List.of(), codes(unlocked(chosen, after, mastered), course)));
        }

        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (mastered[i]) continue;
            int missing = (int) before.get(i).stream().filter(p -> !mastered[p]).count();
            if (missing < fewest) {
                fewest = missing;
                chosen = i;
            }
        }
        if (chosen < 0) return Optional.empty();
        TreeSet<Integer> done = new TreeSet<>();
        TreeSet<Integer> missing = new TreeSet<>();
        for (int p : before.get(chosen)) (mastered[p] ? done : missing).add(p);
        return Optional.of(new NextStep(course.get(chosen), Reason.EARLIEST_DESPITE_LOOP, codes(done, course),
                codes(missing, course), codes(unlocked(chosen, after, mastered), course)));
    }

    private static int earliestReadyUnit(List<CourseStandard> course, List<TreeSet<Integer>> before, boolean[] mastered) {
        int unit = Integer.MAX_VALUE;
        for (int i = 0; i < course.size(); i++) {
            if (!mastered[i] && allMastered(before.get(i), mastered)) unit = Math.min(unit, course.get(i).unit());
        }
        return unit;
    }

    private static boolean allMastered(TreeSet<Integer> prerequisites, boolean[] mastered) {
        for (int p : prerequisites) {
            if (!mastered[p]) return false;
        }
        return true;
    }

    /** Later unmastered standards reachable from {@code start} through precedes links, in course order. */
    private static TreeSet<Integer> unlocked(int start, List<TreeSet<Integer>> after, boolean[] mastered) {
        TreeSet<Integer> seen = new TreeSet<>();
        Deque<Integer> queue = new ArrayDeque<>(after.get(start));
        while (!queue.isEmpty()) {
            int next = queue.poll();
            if (next == start || !seen.add(next)) continue;
            queue.addAll(after.get(next));
        }
        seen.removeIf(i -> mastered[i]);
        return seen;
    }

    private static List<String> codes(Collection<Integer> indexes, List<CourseStandard> course) {
        List<String> codes = new ArrayList<>();
        for (int i : indexes) codes.add(course.get(i).code());
        return codes;
    }
}
