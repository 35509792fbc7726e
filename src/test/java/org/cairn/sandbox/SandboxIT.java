package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox LMS over real HTTP, played against by a test tool with its own key and JWKS server. */
class SandboxIT {

    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String RESULTS = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    private static final String COURSE = "grade6-math-writing";

    private final CairnServer cairn = CairnServer.shared();
    private final String sandbox = "http://127.0.0.1:" + cairn.port() + "/sandbox";
    private final Http http = new Http();
    private TestTool tool;

    @BeforeEach
    void tool() {
        tool = new TestTool(sandbox);
    }

    @AfterEach
    void close() {
        tool.close();
    }

    private URI at(String path) {
        return URI.create(sandbox + path);
    }

    @Test
    void theOpenidConfigurationIsShapedLikeCanvas() {
        Http.Reply reply = http.get(at("/.well-known/openid-configuration"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode config = reply.json();
        assertThat(config.get("issuer").asText()).isEqualTo(sandbox);
        assertThat(config.get("authorization_endpoint").asText()).isEqualTo(sandbox + "/auth");
        assertThat(config.get("token_endpoint").asText()).isEqualTo(sandbox + "/token");
        assertThat(config.get("jwks_uri").asText()).isEqualTo(sandbox + "/.well-known/jwks.json");
        assertThat(config.get("registration_endpoint").asText()).isEqualTo(sandbox + "/registrations");
        for (String field : List.of("scopes_supported", "response_types_supported", "id_token_signing_alg_values_supported",
                "claims_supported")) {
            assertThat(config.get(field).isArray()).as(field).isTrue();
        }
        JsonNode platform = config.get("https://purl.imsglobal.org/spec/lti-platform-configuration");
        assertThat(platform.get("product_family_code").asText()).isEqualTo("cairn-sandbox");
        assertThat(platform.get("version").asText()).isNotBlank();
        assertThat(platform.get("messages_supported").get(0).get("type").asText()).isEqualTo("LtiResourceLinkRequest");
    }

    @Test
    void aToolRegistersOnceWithAOneTimeToken() {
        String token = TestTool.registrationToken(http, sandbox);
        Http.Reply first = http.post(at("/registrations"), "application/json", tool.registrationBody(NRPS),
                "Authorization", "Bearer " + token);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("client_id").asText()).startsWith("sbx-");
        assertThat(first.json().get("https://purl.imsglobal.org/spec/lti-tool-configuration").get("deployment_id")
                .asText()).isNotBlank();
        Http.Reply again = http.post(at("/registrations"), "application/json", tool.registrationBody(NRPS),
                "Authorization", "Bearer " + token);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void aRegistrationWithoutATokenOrWithABadBodyIsRefused() {
        assertThat(http.post(at("/registrations"), "application/json", tool.registrationBody(NRPS)).status()).isEqualTo(401);
        Http.Reply bad = http.post(at("/registrations"), "application/json", "{\"redirect_uris\":[]}",
                "Authorization", "Bearer " + TestTool.registrationToken(http, sandbox));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid_client_metadata");
    }

    @Test
    void theTokenEndpointIssuesABearerTokenForASignedClientAssertion() {
        tool.register(http);
        Http.Reply reply = http.postForm(at("/token"), Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", tool.assertion(sandbox + "/token", Instant.now().plusSeconds(120), UUID.randomUUID().toString()),
                "scope", NRPS + " " + SCORE));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode token = reply.json();
        assertThat(token.get("access_token").asText()).isNotBlank();
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(token.get("scope").asText()).contains(NRPS).contains(SCORE);
    }

    @Test
    void theTokenEndpointRefusesAWrongAudienceAReusedJtiAndAnUnregisteredScope() {
        tool.register(http);
        Http.Reply wrongAud = http.postForm(at("/token"), form(tool.assertion(sandbox + "/elsewhere",
                Instant.now().plusSeconds(60), UUID.randomUUID().toString()), NRPS));
        assertThat(wrongAud.status()).isEqualTo(401);
        assertThat(wrongAud.json().get("error").asText()).isEqualTo("invalid_client");
        String jti = UUID.randomUUID().toString();
        assertThat(http.postForm(at("/token"), form(tool.assertion(sandbox + "/token", Instant.now().plusSeconds(60), jti),
                NRPS)).status()).isEqualTo(200);
        assertThat(http.postForm(at("/token"), form(tool.assertion(sandbox + "/token", Instant.now().plusSeconds(60), jti),
                NRPS)).json().get("error").asText()).isEqualTo("invalid_client");
        Http.Reply scope = http.postForm(at("/token"), form(tool.assertion(sandbox + "/token",
                Instant.now().plusSeconds(60), UUID.randomUUID().toString()), "https://example.org/scope/everything"));
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.json().get("error").asText()).isEqualTo("invalid_scope");
    }

    private static Map<String, String> form(String assertion, String scope) {
        return Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion, "scope", scope);
    }

    @Test
    void nrpsPagingThroughTheLargeCourseReachesEveryMember() {
        tool.register(http);
        String token = tool.accessToken(http, NRPS);
        String next = sandbox + "/api/courses/large-course/memberships?limit=500";
        int members = 0;
        int pages = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (next != null && pages < 50) {
            Http.Reply page = http.get(URI.create(next), "Authorization", "Bearer " + token,
                    "Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            for (JsonNode member : page.json().get("members")) {
                ids.add(member.get("user_id").asText());
                members++;
            }
            next = nextLink(page.header("Link"));
            pages++;
        }
        assertThat(members).isEqualTo(5000);
        assertThat(ids).hasSize(5000);
        assertThat(pages).isEqualTo(10);
    }

    @Test
    void nrpsMembersAreShapedLikeCanvasOnes() {
        tool.register(http);
        Http.Reply page = http.get(at("/api/courses/" + COURSE + "/memberships"), "Authorization",
                "Bearer " + tool.accessToken(http, NRPS), "Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        JsonNode body = page.json();
        assertThat(body.get("context").get("id").asText()).isEqualTo(COURSE);
        // Teacher, teaching assistant, 24 students and the admin.
        assertThat(body.get("members")).hasSize(27);
        JsonNode teacher = body.get("members").get(0);
        assertThat(teacher.get("status").asText()).isEqualTo("Active");
        assertThat(teacher.get("family_name").asText()).isEqualTo("Rivera");
        assertThat(teacher.get("roles").get(0).asText()).isEqualTo("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        assertThat(nextLink(page.header("Link"))).isNull();
    }

    @Test
    void nrpsNeedsATokenWithItsScope() {
        tool.register(http);
        assertThat(http.get(at("/api/courses/" + COURSE + "/memberships")).status()).isEqualTo(401);
        assertThat(http.get(at("/api/courses/" + COURSE + "/memberships"), "Authorization",
                "Bearer " + tool.accessToken(http, SCORE)).status()).isEqualTo(403);
    }

    static String nextLink(String header) {
        if (header == null) return null;
        Matcher m = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void agsLineItemScoreAndResults() {
        tool.register(http);
        String token = tool.accessToken(http, LINEITEM + " " + SCORE + " " + RESULTS);
        String tag = "cairn-" + UUID.randomUUID();
        Http.Reply created = http.post(at("/api/courses/" + COURSE + "/lineitems"), "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"6.RP.1 mastery\",\"scoreMaximum\":4,\"tag\":\"" + tag + "\",\"resourceId\":\"6.RP.1\"}",
                "Authorization", "Bearer " + token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String lineItem = created.json().get("id").asText();
        assertThat(lineItem).startsWith(sandbox + "/api/courses/" + COURSE + "/lineitems/");

        Http.Reply found = http.get(URI.create(sandbox + "/api/courses/" + COURSE + "/lineitems?tag=" + tag),
                "Authorization", "Bearer " + token, "Accept", "application/vnd.ims.lis.v2.lineitemcontainer+json");
        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).get("id").asText()).isEqualTo(lineItem);

        String later = "2026-11-27T10:00:05.000Z";
        String earlier = "2026-11-27T10:00:01.000Z";
        assertThat(score(token, lineItem, 3, later).status()).isEqualTo(200);
        assertThat(score(token, lineItem, 1, earlier).status()).as("older score ignored").isEqualTo(204);

        Http.Reply results = http.get(URI.create(lineItem + "/results"), "Authorization", "Bearer " + token,
                "Accept", "application/vnd.ims.lis.v2.resultcontainer+json");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.contentType()).startsWith("application/vnd.ims.lis.v2.resultcontainer+json");
        assertThat(results.json()).hasSize(1);
        assertThat(results.json().get(0).get("userId").asText()).isEqualTo("sbx-student-01");
        assertThat(results.json().get(0).get("resultScore").asDouble()).isEqualTo(3.0);
        assertThat(results.json().get(0).get("scoreOf").asText()).isEqualTo(lineItem);

        assertThat(http.get(at("/gradebook")).body()).contains("6.RP.1 mastery").contains("Ana García");
    }

    private Http.Reply score(String token, String lineItem, double given, String timestamp) {
        return http.post(URI.create(lineItem + "/scores"), "application/vnd.ims.lis.v1.score+json",
                "{\"userId\":\"sbx-student-01\",\"scoreGiven\":" + given + ",\"scoreMaximum\":4,\"comment\":\"ok\","
                        + "\"timestamp\":\"" + timestamp + "\",\"activityProgress\":\"Completed\","
                        + "\"gradingProgress\":\"FullyGraded\"}", "Authorization", "Bearer " + token);
    }

    @Test
    void aScoreWithoutTheScoreScopeIsForbidden() {
        tool.register(http);
        String token = tool.accessToken(http, LINEITEM);
        String lineItem = http.post(at("/api/courses/" + COURSE + "/lineitems"), "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"x\",\"scoreMaximum\":1}", "Authorization", "Bearer " + token).json().get("id").asText();
        assertThat(score(token, lineItem, 1, "2026-11-27T10:00:00.000Z").status()).isEqualTo(403);
    }

    @Test
    void faultKnobsAnswer429WithRetryAfterForTheNextCallsThenRecover() {
        tool.register(http);
        String token = tool.accessToken(http, NRPS);
        Http.Reply armed = http.post(at("/api/faults"), "application/json",
                "{\"target\":\"nrps\",\"kind\":\"429\",\"count\":2,\"retryAfterSeconds\":7}");
        assertThat(armed.status()).isEqualTo(201);
        URI memberships = at("/api/courses/" + COURSE + "/memberships");
        for (int i = 0; i < 2; i++) {
            Http.Reply limited = http.get(memberships, "Authorization", "Bearer " + token);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("7");
        }
        assertThat(http.get(memberships, "Authorization", "Bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void rotatingTheKeyPublishesTheNewKidAndKeepsTheOld() {
        List<String> before = kids();
        JsonNode rotated = http.post(at("/api/keys/rotate"), "application/json", "").json();
        List<String> after = kids();
        assertThat(after).contains(rotated.get("kid").asText()).containsAll(before);
        assertThat(before).doesNotContain(rotated.get("kid").asText());
    }

    private List<String> kids() {
        List<String> kids = new java.util.ArrayList<>();
        http.get(at("/.well-known/jwks.json")).json().get("keys").forEach(k -> kids.add(k.get("kid").asText()));
        return kids;
    }

    @Test
    void theAuthorizationEndpointRefusesARedirectUriThatIsNotRegistered() {
        tool.register(http);
        Http.Reply reply = http.get(URI.create(authUrl(tool.origin() + "/launch/", "sbx-teacher-rivera", "n-" + UUID.randomUUID())));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("redirect_uri").doesNotContain("id_token");
        assertThat(http.get(URI.create(authUrl("https://evil.example/launch", "sbx-teacher-rivera", "n"))).status())
                .isEqualTo(400);
    }

    @Test
    void theAuthorizationEndpointPostsASignedIdTokenForTheSignedInUser() throws Exception {
        tool.register(http);
        Http.Reply signIn = http.postForm(at("/sign-in"), Map.of("user", "sbx-student-01"));
        assertThat(signIn.status()).isEqualTo(303);
        assertThat(signIn.header("Set-Cookie")).contains("SameSite=None").contains("Secure").contains("HttpOnly");
        // java.net.http keeps Secure cookies to https; a browser also sends them to http://127.0.0.1.
        String session = signIn.header("Set-Cookie").substring(0, signIn.header("Set-Cookie").indexOf(';'));
        String nonce = "n-" + UUID.randomUUID();
        Http.Reply reply = http.get(URI.create(authUrl(tool.origin() + "/launch", "sbx-student-01", nonce)),
                "Cookie", session);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("action=\"" + tool.origin() + "/launch\"").contains("name=\"state\" value=\"s-1\"")
                .contains("<noscript>");
        Matcher token = Pattern.compile("name=\"id_token\" value=\"([^\"]+)\"").matcher(reply.body());
        assertThat(token.find()).isTrue();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(http.get(at("/.well-known/jwks.json")).body()))));
        JWTClaimsSet claims = processor.process(SignedJWT.parse(token.group(1)), null);
        assertThat(claims.getIssuer()).isEqualTo(sandbox);
        assertThat(claims.getAudience()).containsExactly(tool.clientId);
        assertThat(claims.getSubject()).isEqualTo("sbx-student-01");
        assertThat(claims.getClaim("nonce")).isEqualTo(nonce);
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo(tool.deploymentId);
        assertThat(claims.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation"))
                .containsEntry("locale", "es");

        // Someone else's login_hint goes back to the tool as an OIDC error, never as an id_token.
        Http.Reply other = http.get(URI.create(authUrl(tool.origin() + "/launch", "sbx-teacher-rivera", nonce)),
                "Cookie", session);
        assertThat(other.body()).contains("login_required").doesNotContain("name=\"id_token\"");
    }

    private String authUrl(String redirect, String loginHint, String nonce) {
        return sandbox + "/auth?scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                + "&client_id=" + enc(tool.clientId) + "&redirect_uri=" + enc(redirect) + "&login_hint=" + enc(loginHint)
                + "&lti_message_hint=" + enc("resource_link:" + COURSE + ":rl-my-learning-plan")
                + "&nonce=" + enc(nonce) + "&state=s-1";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aDeepLinkingResponseAddsItsItemsToTheModuleAndANonceWorksOnce() {
        tool.register(http);
        String title = "Plan " + UUID.randomUUID();
        String jwt = tool.sign(new JWTClaimsSet.Builder().issuer(tool.clientId).audience(sandbox)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(120)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", tool.deploymentId)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/data", "course:" + COURSE)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items",
                        List.of(Map.of("type", "ltiResourceLink", "title", title, "url", tool.origin() + "/launch")))
                .build());
        Http.Reply reply = http.postForm(at("/deep-linking/return"), Map.of("JWT", jwt));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(http.get(at("/courses/" + COURSE)).body()).contains(title);
        assertThat(http.postForm(at("/deep-linking/return"), Map.of("JWT", jwt)).status()).isEqualTo(400);
    }

    @Test
    void theHomePageRedirectsToTheSandboxCourseOnAnotherSite() {
        Http.Reply home = http.get(cairn.uri("/"));
        assertThat(home.status()).isEqualTo(303);
        assertThat(home.header("Location")).isEqualTo(sandbox + "/");
        Http.Reply course = http.get(URI.create(sandbox + "/"));
        assertThat(course.status()).isEqualTo(200);
        assertThat(course.body()).contains("Grade 6 Math &amp; Writing").contains("My learning plan");
    }

    @Test
    void servesTheDemoCaseFramework() {
        JsonNode list = http.get(at("/case/frameworks")).json();
        String id = list.get("CFDocuments").get(0).get("identifier").asText();
        JsonNode framework = http.get(at("/case/frameworks/" + id)).json();
        assertThat(framework.get("CFDocument").get("identifier").asText()).isEqualTo(id);
        List<String> codes = new java.util.ArrayList<>();
        framework.get("CFItems").forEach(item -> codes.add(item.get("humanCodingScheme").asText()));
        assertThat(codes).contains("6.RP.1", "6.RP.2", "6.RP.3", "6.EE.1", "6.EE.2", "6.EE.3", "W.6.1", "W.6.2",
                "HAB.GOAL", "HAB.PERS");
        assertThat(framework.get("CFDocument").get("uri").asText()).startsWith(sandbox + "/case/frameworks/");
        assertThat(http.get(at("/case/frameworks/nope")).status()).isEqualTo(404);
    }
}
