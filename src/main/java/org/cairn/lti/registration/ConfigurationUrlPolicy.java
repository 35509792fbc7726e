package org.cairn.lti.registration;

import java.net.URI;
import java.util.Set;
import org.cairn.infra.config.RuntimeMode;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.security.OutboundUrlPolicy;
import org.cairn.infra.security.UrlRefused;

/**
 * Which URLs Cairn's server may call during Dynamic Registration: {@link OutboundUrlPolicy} (the same rule other
 * features use for URLs a person hands Cairn), with its refusals told as registration failures.
 */
public final class ConfigurationUrlPolicy {

    /** The setting that trusts a platform's host on a private network. */
    static final String TRUSTED_HOSTS = "cairn.registration.trusted-hosts";

    private final OutboundUrlPolicy policy;

    public ConfigurationUrlPolicy(RuntimeMode mode, Set<String> trustedHosts, OutboundUrlPolicy.Resolver resolver) {
        this.policy = new OutboundUrlPolicy(mode, trustedHosts, TRUSTED_HOSTS, resolver);
    }

    private ConfigurationUrlPolicy(OutboundUrlPolicy policy) {
        this.policy = policy;
    }

    public static ConfigurationUrlPolicy of(RuntimeMode mode, Set<String> trustedHosts) {
        return new ConfigurationUrlPolicy(OutboundUrlPolicy.of(mode, trustedHosts, TRUSTED_HOSTS));
    }

    /** Parses and checks a URL given as text; {@code what} names it in the message. */
    public URI check(String text, Phrase what) {
        try {
            return policy.check(text, what);
        } catch (UrlRefused e) {
            throw registrationFailed(e);
        }
    }

    public void check(URI uri, Phrase what) {
        try {
            policy.check(uri, what);
        } catch (UrlRefused e) {
            throw registrationFailed(e);
        }
    }

    private static RegistrationFailed registrationFailed(UrlRefused e) {
        RegistrationFailed.Reason reason = switch (e.reason()) {
            case MISSING_INPUT -> RegistrationFailed.Reason.MISSING_INPUT;
            case URL_REFUSED -> RegistrationFailed.Reason.URL_REFUSED;
            case UNREACHABLE -> RegistrationFailed.Reason.UNREACHABLE;
        };
        return new RegistrationFailed(reason, e.phrase());
    }
}
