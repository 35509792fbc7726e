package org.cairn.mastery.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.entity.MethodSettings;

/**
 * The result of one method on one student's evidence for one standard: the score at full precision, the level it
 * rounds to on the scale, the evidence used (in order) and left out, and each step of the computation as a
 * {@link Phrase} ({@code mastery.server.step.*}), written in the reader's language by {@link #stepsIn}.
 * An empty score means "no level yet" (no usable evidence, or fewer than n qualifying pieces for n-times).
 */
public record Outcome(MethodSettings method, OptionalDouble score, Optional<Scale.Level> level,
                      List<Observation> used, List<Exclusion> excluded, List<Phrase> steps) {

    public Outcome {
        used = List.copyOf(used);
        excluded = List.copyOf(excluded);
        steps = List.copyOf(steps);
    }

    /** Each step as a sentence in a language (English or Spanish; any other reads English). */
    public List<String> stepsIn(Locale locale) {
        return steps.stream().map(step -> step.in(locale)).toList();
    }

    public List<String> englishSteps() {
        return stepsIn(Messages.ENGLISH);
    }

    public boolean hasLevel() {
        return level.isPresent();
    }

    /** The score as a teacher reads it, two decimals (3.2983 reads 3.30); "none" when there is no level yet. */
    public String shownScore() {
        return score.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", score.getAsDouble()) : "none";
    }
}
