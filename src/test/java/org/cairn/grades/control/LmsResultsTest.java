package org.cairn.grades.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.cairn.competency.entity.Scale;
import org.junit.jupiter.api.Test;

class LmsResultsTest {

    private final Scale scale = Scale.standard();

    @Test
    void aFullScoreIsTheTopLevelAndZeroTheLowest() {
        assertThat(LmsResults.toScale(10, 10, scale)).isEqualTo(4.0);
        assertThat(LmsResults.toScale(0, 10, scale)).isEqualTo(1.0);
    }

    @Test
    void halfwayUpTheScaleRoundsUpToTheHigherLevel() {
        // 1 + 0.5 × 3 = 2.5: a tie between Developing and Proficient goes to the higher level.
        assertThat(LmsResults.toScale(5, 10, scale)).isEqualTo(3.0);
        assertThat(LmsResults.toScale(7, 10, scale)).isEqualTo(3.0);
        assertThat(LmsResults.toScale(2, 10, scale)).isEqualTo(2.0);
    }

    @Test
    void extraCreditAndNegativeScoresStayOnTheScale() {
        assertThat(LmsResults.toScale(12, 10, scale)).isEqualTo(4.0);
        assertThat(LmsResults.toScale(-3, 10, scale)).isEqualTo(1.0);
    }

    @Test
    void everyConvertedResultIsALevelOfTheScale() {
        Random random = new Random(6);
        Scale odd = new Scale(List.of(new Scale.Level(0, "Not yet", "#fff", false), new Scale.Level(2, "Nearly", "#eee", false),
                new Scale.Level(5, "Secure", "#ddd", true)));
        for (int i = 0; i < 1000; i++) {
            double max = 1 + random.nextInt(100);
            double score = random.nextDouble() * max * 1.2 - max * 0.1;
            double points = LmsResults.toScale(score, max, odd);
            assertThat(odd.levels().stream().map(Scale.Level::points)).contains(points);
        }
    }
}
