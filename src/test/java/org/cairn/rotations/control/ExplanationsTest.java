package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairn.infra.i18n.Messages;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentExplanation.LevelOnStandards;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.junit.jupiter.api.Test;

/** A placement's sentence phrased from its parts in the reader's language. */
class ExplanationsTest {

    private static StudentExplanation explanation(StudentRole role, List<String> noEvidence) {
        return new StudentExplanation(StudentId.of("dev"), 2, role,
                List.of(new LevelOnStandards("En desarrollo", 2, List.of("6.RP.3", "6.RP.2"))), noEvidence, "");
    }

    @Test
    void aMovedStudentsPlacementReadsInSpanish() {
        var setting = new Explanations.Setting(GroupingMethod.SKILL, false, MissingEvidence.COUNT_AS_LOWEST, "Inicial",
                true);

        assertThat(Explanations.text(explanation(StudentRole.PRACTICE, List.of("6.EE.1")), setting, Messages.SPANISH))
                .isEqualTo("En desarrollo en 6.RP.3 y 6.RP.2; sin evidencia en 6.EE.1 (cuenta como Inicial); "
                        + "agrupado con estudiantes de nivel parecido (grupo 2); movido aquí por el docente");
    }

    @Test
    void aMixedGroupWithAPeerTutorAndEvidenceLeftOutReadInEnglishAsBefore() {
        var setting = new Explanations.Setting(GroupingMethod.MIXED, true, MissingEvidence.LEAVE_OUT, "Beginning",
                false);

        assertThat(Explanations.text(new StudentExplanation(StudentId.of("dev"), 2, StudentRole.PRACTICE,
                List.of(new LevelOnStandards("Developing", 2, List.of("6.RP.3"))), List.of("6.EE.1", "6.EE.2"), ""),
                setting, Messages.ENGLISH))
                .isEqualTo("Developing on 6.RP.3; no evidence on 6.EE.1 and 6.EE.2 (left out); "
                        + "in a mixed group with a peer tutor");
    }
}
