package org.cairn.lti.launch.boundary;

import org.cairn.infra.config.Installation;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.cairn.tenancy.entity.Registration;

/** Checks that apply at login and again at launch (the registration may change in between). */
final class LaunchGuards {

    private LaunchGuards() {
    }

    static void requireUsable(Registration registration, Installation installation) {
        // The sandbox LMS's keys are known to anyone with the source: trust it only while it is on.
        if (!installation.sandboxEnabled() && registration.issuer().equals(installation.sandboxBaseUrl().toString())) {
            throw new LaunchRejected(Reason.SANDBOX_DISABLED, "The sandbox LMS is turned off on this install, so "
                    + "launches from it (issuer '" + registration.issuer() + "') are refused.");
        }
        if (!registration.isActive()) {
            throw new LaunchRejected(Reason.REGISTRATION_INACTIVE, "Registration '" + registration.name()
                    + "' (issuer '" + registration.issuer() + "', client id '" + registration.clientId() + "') is "
                    + registration.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; an operator must approve it in Cairn's admin pages before it can launch.");
        }
    }
}
