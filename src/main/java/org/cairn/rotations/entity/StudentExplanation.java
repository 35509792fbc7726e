package org.cairn.rotations.entity;

import java.util.List;

/**
 * Why a student is where they are, in the teacher's words ("Developing on 6.RP.3 and 6.RP.2; grouped for
 * intervention"). The parts are kept so a front end can phrase it in another language.
 */
public record StudentExplanation(StudentId student, int group, StudentRole role, List<LevelOnStandards> levels,
                                 List<String> noEvidence, String text) {

    public StudentExplanation {
        levels = List.copyOf(levels);
        noEvidence = List.copyOf(noEvidence);
    }

    /** A level label and the codes of the target standards the student is at, in the order they were targeted. */
    public record LevelOnStandards(String label, int points, List<String> codes) {
        public LevelOnStandards {
            codes = List.copyOf(codes);
        }
    }
}
