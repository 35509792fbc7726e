package org.cairn.lti.registration;

import org.cairn.infra.i18n.Phrase;

/**
 * Dynamic Registration could not finish; the detail says exactly what failed, for the LMS administrator, in the
 * language of the registration page (the message is the English sentence, for the log).
 */
public class RegistrationFailed extends RuntimeException {

    public enum Reason {
        MISSING_INPUT(400), URL_REFUSED(400), UNREACHABLE(400), OVERSIZE(400), INVALID_CONFIGURATION(400),
        ISSUER_MISMATCH(400), PLATFORM_REFUSED(400), INVALID_RESPONSE(400), WRONG_INSTALLATION_CODE(403);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final transient Phrase detail;

    public RegistrationFailed(Reason reason, Phrase detail) {
        super(detail.english());
        this.reason = reason;
        this.detail = detail;
    }

    public Phrase detail() {
        return detail;
    }

    public Reason reason() {
        return reason;
    }
}
