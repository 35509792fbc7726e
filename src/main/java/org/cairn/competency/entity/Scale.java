package org.cairn.competency.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;

/**
 * A mastery scale as a plain value (no JPA): levels ordered by points, exactly one of them the mastery threshold.
 * Calculations read it; {@link MasteryScale} stores it.
 */
public record Scale(List<Level> levels) {

    /** One level: its points, the words teachers and students see, and the colour of its heatmap cell. */
    public record Level(double points, String label, String colour, boolean mastery) {
        public Level {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("a scale level needs a label");
            if (!Double.isFinite(points)) throw new IllegalArgumentException("level points must be finite: " + points);
        }
    }

    public Scale {
        if (levels == null || levels.size() < 2) {
            throw new IllegalArgumentException("a mastery scale needs at least two levels");
        }
        levels = levels.stream().sorted(Comparator.comparingDouble(Level::points)).toList();
        if (levels.stream().filter(Level::mastery).count() != 1) {
            throw new IllegalArgumentException("a mastery scale needs exactly one mastery threshold level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points() == levels.get(i - 1).points()) {
                throw new IllegalArgumentException("two levels have the same points: " + levels.get(i).points());
            }
        }
    }

    /** Beginning 1, Developing 2, Proficient 3 (mastery), Advanced 4: Cairn's four levels, in English. */
    public static Scale standard() {
        return standard(Messages.ENGLISH);
    }

    /**
     * Cairn's four levels with their labels in a reader's language ({@code competency.server.level.*}: Inicial, En
     * desarrollo, Competente, Avanzado in Spanish). Only this scale is translated: a tenant's or a teacher's own scale
     * keeps the words they wrote. Points, colours and the threshold are the same in every language.
     */
    public static Scale standard(Locale locale) {
        // Immutable, and one per supported language: readers ask for it per level and per student (rotations).
        return STANDARD.computeIfAbsent(Messages.supported(locale), Scale::standardIn);
    }

    private static final java.util.Map<Locale, Scale> STANDARD = new java.util.concurrent.ConcurrentHashMap<>();

    private static Scale standardIn(Locale supported) {
        Messages messages = Messages.forLocale(supported);
        return new Scale(List.of(
                new Level(1, messages.get(STANDARD_LABELS.get(0)), "#f4c7c3", false),
                new Level(2, messages.get(STANDARD_LABELS.get(1)), "#fce8b2", false),
                new Level(3, messages.get(STANDARD_LABELS.get(2)), "#b7e1cd", true),
                new Level(4, messages.get(STANDARD_LABELS.get(3)), "#8fc1e3", false)));
    }

    /** The bundle keys of Cairn's four levels' labels, by points 1 to 4. */
    private static final List<String> STANDARD_LABELS = List.of("competency.server.level.beginning",
            "competency.server.level.developing", "competency.server.level.proficient", "competency.server.level.advanced");

    /**
     * The label of one of Cairn's four levels as a phrase, for a sentence phrased later in its reader's language (a
     * problem detail); empty for points that are not one of them.
     */
    public static java.util.Optional<Phrase> standardLabel(double points) {
        int index = (int) points - 1;
        if (points != Math.rint(points) || index < 0 || index >= STANDARD_LABELS.size()) return java.util.Optional.empty();
        return java.util.Optional.of(Phrase.of(STANDARD_LABELS.get(index)));
    }

    public double min() {
        return levels.get(0).points();
    }

    public double max() {
        return levels.get(levels.size() - 1).points();
    }

    public Level threshold() {
        return levels.stream().filter(Level::mastery).findFirst().orElseThrow();
    }

    public double masteryPoints() {
        return threshold().points();
    }

    public boolean contains(double points) {
        return points >= min() && points <= max();
    }

    public double clamp(double score) {
        return Math.max(min(), Math.min(max(), score));
    }

    /**
     * The level a score rounds to: the nearest level by points, a tie going to the higher level (3.5 on the
     * default scale is Advanced), scores outside the scale clamped first.
     */
    public Level levelFor(double score) {
        double s = clamp(score);
        Level best = levels.get(0);
        for (Level level : levels) {
            if (Math.abs(level.points() - s) <= Math.abs(best.points() - s)) best = level;
        }
        return best;
    }

    public boolean isMastery(Level level) {
        return level.points() >= masteryPoints();
    }
}
