package org.cairn.lti.launch.boundary;

import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Phrase;
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
            throw new LaunchRejected(Reason.SANDBOX_DISABLED, Phrase.of("lti.problem.sandboxOff",
                    registration.issuer()));
        }
        if (!registration.isActive()) {
            throw new LaunchRejected(Reason.REGISTRATION_INACTIVE, Phrase.of("lti.problem.registrationInactive",
                    registration.name(), registration.issuer(), registration.clientId(),
                    Phrase.of("lti.problem.status." + registration.status().name())));
        }
    }
}
