package org.cairn.mastery.entity;

/**
 * The life of a piece of evidence. RECORDED counts; PENDING_VALIDATION (out-of-school learning a teacher has not
 * yet validated) and REJECTED do not; CORRECTED marks a row superseded by its correction (kept, never overwritten).
 */
public enum EvidenceStatus {
    RECORDED, PENDING_VALIDATION, REJECTED, CORRECTED;

    public boolean counts() {
        return this == RECORDED;
    }
}
