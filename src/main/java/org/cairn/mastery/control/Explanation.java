package org.cairn.mastery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.mastery.entity.MethodKind;

/**
 * "Explain my level": for one student and standard, the chosen method's outcome (evidence used and excluded with
 * reasons, every step with its numbers, the result) and what every other method would give on the same evidence.
 */
public record Explanation(Outcome chosen, Map<MethodKind, Outcome> alternatives) {

    public Explanation {
        alternatives = Map.copyOf(alternatives);
    }

    /** The whole explanation as lines of English text (for tests and logs; the API phrases each part itself). */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add("Method: " + chosen.method().kind());
        for (Observation used : chosen.used()) {
            lines.add("Used: " + MasteryCalculator.number(used.points()) + " observed " + used.observedOn()
                    + " (" + used.source() + ")");
        }
        for (Exclusion excluded : chosen.excluded()) {
            lines.add("Excluded: " + MasteryCalculator.number(excluded.evidence().points()) + " observed "
                    + excluded.evidence().observedOn() + ": " + excluded.englishReason());
        }
        lines.addAll(chosen.englishSteps());
        lines.add("Result: " + chosen.shownScore()
                + chosen.level().map(l -> " → " + l.label()).orElse(" → no level yet"));
        for (MethodKind kind : MethodKind.values()) {
            Outcome other = alternatives.get(kind);
            if (other != null) {
                lines.add("With " + kind + ": " + other.shownScore()
                        + other.level().map(l -> " → " + l.label()).orElse(" → no level yet"));
            }
        }
        return lines;
    }
}
