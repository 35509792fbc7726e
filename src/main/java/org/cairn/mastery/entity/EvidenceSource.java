package org.cairn.mastery.entity;

/** Where a piece of evidence came from. */
public enum EvidenceSource {
    ASSESSMENT, OBSERVATION, LMS_RESULT, SELF_ASSESSMENT, OUT_OF_SCHOOL
}
