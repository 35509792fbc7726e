package org.cairn.sandbox.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.JsonMapping;
import org.cairn.infra.web.Page;
import org.cairn.sandbox.control.AccessTokens;
import org.cairn.sandbox.control.Modules;
import org.cairn.sandbox.control.ToolKeys;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Deep Linking 2.0 return endpoint (§4.2, Security Framework §5.2): a tool posts a signed
 * LtiDeepLinkingResponse; the sandbox verifies it and adds its content items to the course's module.
 */
@Path("/sandbox/deep-linking/return")
public class DeepLinkingResource {

    private static final Logger LOG = Logger.getLogger(DeepLinkingResource.class.getName());
    private static final Duration SKEW = Duration.ofSeconds(60);

    @Inject
    Tools tools;

    @Inject
    ToolKeys toolKeys;

    @Inject
    AccessTokens ledger;

    @Inject
    Modules modules;

    @Inject
    SandboxUrls urls;

    @Inject
    Clock clock;

    @Inject
    org.cairn.sandbox.control.Rosters rosters;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    @Operation(summary = "Deep Linking 2.0 response from a tool (form field JWT)")
    public Response receive(@FormParam("JWT") String jwt) {
        Messages messages = Messages.forLocale(Messages.ENGLISH);
        try {
            JWTClaimsSet claims = verify(jwt);
            Object data = claims.getClaim(Lti.DL_DATA);
            String courseId = data instanceof String s && s.startsWith("course:") ? s.substring(7) : null;
            Course course = rosters.course(courseId).orElseThrow(() ->
                    new IllegalArgumentException("data " + data + " is not what the sandbox sent in the request"));
            List<?> items = claims.getListClaim(Lti.CONTENT_ITEMS);
            int added = 0;
            if (items != null) {
                for (Object entry : items) {
                    if (!(entry instanceof Map<?, ?> item)) continue;
                    String type = String.valueOf(item.get("type"));
                    if (!Set.of("ltiResourceLink", "link").contains(type)) continue;
                    modules.add(course.id(), claims.getIssuer(), type, string(item.get("title")), string(item.get("url")),
                            JsonMapping.mapper().writeValueAsString(item));
                    added++;
                }
            }
            int count = added;
            LOG.info(() -> "Sandbox Deep Linking response from client id " + claims.getIssuer() + ": " + count + " items");
            String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("sandbox.dl.title")) + "</h1><p>"
                    + Html.escape(messages.get("sandbox.dl.added", count)) + "</p><p><a href=\"/sandbox/courses/"
                    + Html.escape(course.id()) + "\" target=\"_top\">" + Html.escape(messages.get("sandbox.dl.back"))
                    + "</a></p></div>";
            return Page.in(messages).title(messages.get("sandbox.dl.title")).body(body).privateAndUncached().render();
        } catch (IllegalArgumentException | ParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.info(() -> "Sandbox refused a Deep Linking response: " + e.getMessage());
            return AuthorizationResource.errorPage(messages, e.getMessage());
        }
    }

    private JWTClaimsSet verify(String jwt) {
        if (jwt == null || jwt.isBlank()) throw new IllegalArgumentException("the form field JWT is missing");
        SignedJWT signed;
        String issuer;
        try {
            signed = SignedJWT.parse(jwt);
            issuer = signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new IllegalArgumentException("JWT is not a signed JWT");
        }
        // Security Framework §5.2.2: iss is the tool's client id.
        Tool tool = tools.byClientId(issuer).orElseThrow(() ->
                new IllegalArgumentException("iss " + issuer + " is not a client id registered with this platform"));
        JWTClaimsSet claims;
        try {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, toolKeys.of(tool)));
            processor.setJWTClaimsSetVerifier((c, context) -> { });
            claims = processor.process(signed, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new IllegalArgumentException("the JWT signature does not verify with a key of " + tool.jwksUri());
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(urls.issuer().toString())) {
            throw new IllegalArgumentException("aud " + claims.getAudience() + " must contain " + urls.issuer());
        }
        Instant now = clock.instant();
        Instant exp = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
        if (exp == null || exp.isBefore(now.minus(SKEW))) {
            throw new IllegalArgumentException("the JWT expired at " + exp + " (now " + now + ")");
        }
        if (claims.getIssueTime() != null && claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            throw new IllegalArgumentException("iat is in the future");
        }
        if (!"LtiDeepLinkingResponse".equals(claims.getClaim(Lti.MESSAGE_TYPE))) {
            throw new IllegalArgumentException("message_type must be LtiDeepLinkingResponse, not "
                    + claims.getClaim(Lti.MESSAGE_TYPE));
        }
        if (!"1.3.0".equals(claims.getClaim(Lti.VERSION))) throw new IllegalArgumentException("version must be 1.3.0");
        if (!tool.deploymentId().equals(claims.getClaim(Lti.DEPLOYMENT_ID))) {
            throw new IllegalArgumentException("deployment_id must be " + tool.deploymentId());
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String n) || n.isBlank()) throw new IllegalArgumentException("nonce is missing");
        if (!ledger.firstUse("dl:" + tool.clientId(), n, Optional.ofNullable(exp).orElse(now))) {
            throw new IllegalArgumentException("nonce " + n + " was already used");
        }
        return claims;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
