package org.cairn.lti.launch.entity;

/**
 * Why a login or launch was refused, with the HTTP status of the page: 400 malformed input, 401 failed
 * authentication, 403 a deployment Cairn does not serve (yet). The name is the metric tag.
 */
public enum Reason {
    MISSING_PARAMETER(400),
    UNKNOWN_REGISTRATION(400),
    AMBIGUOUS_ISSUER(400),
    REGISTRATION_INACTIVE(400),
    SANDBOX_DISABLED(401),
    BAD_TARGET_LINK(400),
    TOO_LARGE(400),
    MALFORMED(400),
    STATE_MISSING(400),
    STATE_UNKNOWN(401),
    STATE_NOT_BOUND(401),
    ALG_NOT_ALLOWED(401),
    KID_MISSING(401),
    UNKNOWN_KID(401),
    KEYS_UNAVAILABLE(503),
    BAD_SIGNATURE(401),
    WRONG_ISSUER(401),
    WRONG_AUDIENCE(401),
    WRONG_AZP(401),
    EXPIRED(401),
    ISSUED_IN_FUTURE(401),
    NONCE_MISMATCH(401),
    NONCE_REPLAYED(401),
    WRONG_VERSION(400),
    UNSUPPORTED_MESSAGE_TYPE(400),
    DEPLOYMENT_MISSING(400),
    DEPLOYMENT_MISMATCH(401),
    UNKNOWN_DEPLOYMENT(403),
    DEPLOYMENT_DISABLED(403),
    SUB_MISSING(400),
    ROLES_MISSING(400),
    RESOURCE_LINK_MISSING(400),
    DEEP_LINKING_SETTINGS(400),
    PLATFORM_ERROR(400);

    private final int status;

    Reason(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The metric tag value and log token: lower-case with dashes. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
