package org.cairn.lti.registration;

/** Dynamic Registration could not finish; the detail says exactly what failed, for the LMS administrator. */
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

    public RegistrationFailed(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
