package org.cairn.sandbox.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Placement;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.sandbox.entity.Tool;

/**
 * The id_token claims of a sandbox launch, shaped as Canvas and Moodle send them (see
 * src/test/resources/fixtures/lti/canvas_LtiResourceLinkRequest.id_token.json): a single {@code aud} with
 * {@code azp}, full LIS role URIs, a numeric custom value, the NRPS and AGS service claims.
 */
public final class LaunchClaims {

    public static final Duration LIFETIME = Duration.ofMinutes(5);

    /** Everything one launch depends on. */
    public record Launch(URI issuer, Tool tool, SandboxUser user, Course course, Placement placement, String nonce,
                         Instant now, Optional<String> lineItemUrl) {
    }

    private LaunchClaims() {
    }

    public static JWTClaimsSet build(Launch launch) {
        URI issuer = launch.issuer();
        Course course = launch.course();
        SandboxUser user = launch.user();
        Placement placement = launch.placement();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.toString())
                .audience(launch.tool().clientId())
                .claim("azp", launch.tool().clientId())
                .subject(user.id())
                .issueTime(Date.from(launch.now()))
                .expirationTime(Date.from(launch.now().plus(LIFETIME)))
                .claim("nonce", launch.nonce())
                .claim("name", user.name())
                .claim("given_name", user.givenName())
                .claim("family_name", user.familyName())
                .claim("email", user.email())
                .claim("locale", user.locale())
                .claim(Lti.VERSION, "1.3.0")
                .claim(Lti.MESSAGE_TYPE, placement.messageType())
                .claim(Lti.DEPLOYMENT_ID, launch.tool().deploymentId())
                .claim(Lti.TARGET_LINK_URI, launch.tool().targetLinkUri().toString())
                .claim(Lti.ROLES, user.role().uris());
        claims.claim(Lti.CONTEXT, ordered("id", course.id(), "label", course.label(), "title", course.title(),
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        if (placement.kind() == Placement.Kind.RESOURCE_LINK) {
            claims.claim(Lti.RESOURCE_LINK, ordered("id", placement.resourceLinkId(), "title", linkTitle(placement),
                    "description", null));
        } else if (placement.kind() == Placement.Kind.COURSE_NAVIGATION) {
            // Canvas sends a resource link even for course navigation: the tool installed in the course.
            claims.claim(Lti.RESOURCE_LINK, ordered("id", "nav-" + course.id(), "title", "Cairn", "description", null));
        }
        claims.claim(Lti.LAUNCH_PRESENTATION, ordered("document_target", "iframe", "locale", user.locale(),
                "return_url", issuer + "/courses/" + course.id() + "?returned=" + placement.kind().hint()));
        claims.claim(Lti.TOOL_PLATFORM, ordered("guid", "cairn-sandbox:" + issuer.getHost(), "name", "Cairn Sandbox LMS",
                "version", "1.0", "product_family_code", Lti.PRODUCT_FAMILY_CODE));
        String courseApi = issuer + "/api/courses/" + course.id();
        claims.claim(Lti.NRPS, ordered("context_memberships_url", courseApi + "/memberships",
                "service_versions", List.of("2.0")));
        Map<String, Object> ags = ordered("scope", launch.tool().scopes().stream()
                .filter(Lti.AGS_SCOPES::contains).sorted().toList(), "lineitems", courseApi + "/lineitems");
        launch.lineItemUrl().ifPresent(url -> ags.put("lineitem", url));
        claims.claim(Lti.AGS, ags);
        int index = Math.max(0, DemoCourses.demo().members().indexOf(user)) + 1;
        // Canvas sends custom values of numeric substitution variables as JSON numbers.
        claims.claim(Lti.CUSTOM, ordered("user_number", index, "placement", placement.kind().hint(),
                "course_label", course.label()));
        if (placement.kind() == Placement.Kind.DEEP_LINKING) {
            claims.claim(Lti.DEEP_LINKING_SETTINGS, ordered(
                    "deep_link_return_url", issuer + "/deep-linking/return",
                    "accept_types", List.of("ltiResourceLink", "link"),
                    "accept_presentation_document_targets", List.of("iframe", "window"),
                    "accept_multiple", true,
                    "auto_create", true,
                    "title", course.title(),
                    "data", "course:" + course.id()));
        }
        return claims.build();
    }

    /**
     * A launch of a module item placed by Deep Linking: the link's title, and the custom parameters the tool gave
     * it merged over the platform's own (Deep Linking 2.0 §3.1: the platform sends them in every launch).
     */
    public static JWTClaimsSet forContentItem(JWTClaimsSet claims, String title, Map<String, String> custom) {
        Map<String, Object> link = new LinkedHashMap<>();
        Object existing = claims.getClaim(Lti.RESOURCE_LINK);
        if (existing instanceof Map<?, ?> map) map.forEach((k, v) -> link.put(String.valueOf(k), v));
        link.put("title", title);
        Map<String, Object> merged = new LinkedHashMap<>();
        Object own = claims.getClaim(Lti.CUSTOM);
        if (own instanceof Map<?, ?> map) map.forEach((k, v) -> merged.put(String.valueOf(k), v));
        merged.putAll(custom);
        return new JWTClaimsSet.Builder(claims).claim(Lti.RESOURCE_LINK, link).claim(Lti.CUSTOM, merged).build();
    }

    static String linkTitle(Placement placement) {
        return DemoCourses.PLAN_LINK_ID.equals(placement.resourceLinkId()) ? "My learning plan"
                : placement.resourceLinkId();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }
}
