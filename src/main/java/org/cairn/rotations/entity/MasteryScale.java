package org.cairn.rotations.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cairn.infra.i18n.Phrase;

/** Ordered levels with points and the mastery threshold (the points from which a level counts as mastery). */
public record MasteryScale(List<ScaleLevel> levels, int masteryPoints) {

    public MasteryScale {
        if (levels == null || levels.isEmpty()) {
            throw RotationRejected.invalid(Breach.Constraint.SCALE, Phrase.of("rotations.problem.scaleNoLevels"));
        }
        levels = levels.stream().sorted(Comparator.comparingInt(ScaleLevel::points)).toList();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points() == levels.get(i - 1).points()) {
                throw RotationRejected.invalid(Breach.Constraint.SCALE,
                        Phrase.of("rotations.problem.scaleLevelsSamePoints",
                                String.valueOf(levels.get(i).points())));
            }
        }
        int threshold = masteryPoints;
        if (levels.stream().noneMatch(l -> l.points() == threshold)) {
            throw RotationRejected.invalid(Breach.Constraint.SCALE,
                    Phrase.of("rotations.problem.thresholdNotALevel", String.valueOf(masteryPoints)));
        }
    }

    /** Cairn's default: Beginning 1, Developing 2, Proficient 3 (mastery), Advanced 4. */
    public static MasteryScale standard() {
        return new MasteryScale(List.of(new ScaleLevel(1, "Beginning"), new ScaleLevel(2, "Developing"),
                new ScaleLevel(3, "Proficient"), new ScaleLevel(4, "Advanced")), 3);
    }

    public Optional<ScaleLevel> level(int points) {
        return levels.stream().filter(l -> l.points() == points).findFirst();
    }

    public boolean isOnScale(int points) {
        return level(points).isPresent();
    }

    public String label(int points) {
        return level(points).map(ScaleLevel::label).orElse(points + " points");
    }

    public boolean atMastery(int points) {
        return points >= masteryPoints;
    }

    public ScaleLevel lowest() {
        return levels.get(0);
    }

    public ScaleLevel highest() {
        return levels.get(levels.size() - 1);
    }
}
