-- Why reading an LMS assignment's results last failed, kept as a bundle key and its arguments (infra.i18n.PhraseText)
-- and phrased in the teacher's language when read, as score_delivery.last_error_phrase (V20). last_error stays for
-- the rows written before, which are shown as they were written.
ALTER TABLE lms_result_mapping ADD COLUMN last_error_phrase VARCHAR(8000);
