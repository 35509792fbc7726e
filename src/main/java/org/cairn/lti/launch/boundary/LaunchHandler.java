package org.cairn.lti.launch.boundary;

import jakarta.ws.rs.core.Response;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;

/**
 * What a validated launch of one message type does. /lti/launch accepts exactly the message types of the handler
 * beans present: adding Deep Linking is one more class.
 */
public interface LaunchHandler {

    /** The {@code message_type} claim value this handler answers, e.g. {@code LtiResourceLinkRequest}. */
    String messageType();

    Response handle(LtiLaunch launch, Registration registration, Deployment deployment);
}
