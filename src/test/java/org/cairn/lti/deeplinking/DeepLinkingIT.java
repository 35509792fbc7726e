package org.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.lti.launch.TestPlatform;
import org.cairn.lti.launch.TestTokens;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deep Linking 2.0 over real HTTP: a platform in this JVM signs an LtiDeepLinkingRequest, Cairn shows its content
 * selection page, and the LtiDeepLinkingResponse it posts back is checked with Cairn's published JWKS exactly as a
 * platform would check it. No session is ever created by a Deep Linking request.
 */
class DeepLinkingIT {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"dl-return\" method=\"post\" action=\"([^\"]+)\"");

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private final TestPlatform platform = new TestPlatform("dl-" + UUID.randomUUID().toString().substring(0, 8));
    private final String returnUrl = "https://lms.example/deep_links/" + UUID.randomUUID();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aTeachersRequestIsAnsweredWithAResponseSignedByCairnsCurrentKeyAndTheChosenPlanLink() throws Exception {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Http.Reply selection = launch(deepLinkingClaims(INSTRUCTOR, settings()));
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        assertThat(selection.header("Cache-Control")).contains("no-store");
        assertThat(selection.body()).contains("Add Cairn to your course").contains("My learning plan")
                .contains("type=\"checkbox\"").doesNotContain("\"token\"");
        assertThat(sessions()).isZero();

        Http.Reply answer = respond(hidden(selection).get("ticket"), "add", "plan");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        Matcher action = FORM_ACTION.matcher(answer.body());
        assertThat(action.find()).as(answer.body()).isTrue();
        assertThat(action.group(1)).isEqualTo(returnUrl);
        assertThat(answer.body()).contains("<button type=\"submit\">Continue to the LMS</button>");

        SignedJWT jwt = SignedJWT.parse(hidden(answer).get("JWT"));
        JWKSet published = JWKSet.parse(http.get(cairn.uri("/.well-known/jwks.json")).body());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid %s is published at /.well-known/jwks.json", jwt.getHeader().getKeyID()).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).hasSizeGreaterThan(20);
        Instant now = Instant.now();
        assertThat(claims.getIssueTime().toInstant()).isBetween(now.minusSeconds(60), now.plusSeconds(5));
        assertThat(claims.getExpirationTime().toInstant()).isAfter(now).isBefore(now.plusSeconds(600));
        assertThat(claims.getClaim(TestTokens.LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim(TestTokens.LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getClaim(TestTokens.LTI + "deployment_id")).isEqualTo(platform.deploymentId);
        assertThat(claims.getClaim(DL + "data")).isEqualTo("opaque <data> & more");
        List<Object> items = claims.getListClaim(DL + "content_items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "My learning plan")
                .containsEntry("url", cairn.uri("/lti/launch").toString())
                .containsEntry("custom", Map.of("cairn_view", "plan"));
        assertThat(sessions()).isZero();
    }

    @Test
    void aPlatformThatTakesOneItemGetsRadioButtonsAndASpanishPageForASpanishTeacher() throws Exception {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Map<String, Object> settings = settings();
        settings.put("accept_multiple", false);
        settings.remove("data");
        Map<String, Object> claims = deepLinkingClaims(INSTRUCTOR, settings);
        claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", "es-MX"));
        Http.Reply selection = launch(claims);
        assertThat(selection.status()).isEqualTo(200);
        assertThat(selection.body()).contains("lang=\"es\"").contains("Añadir Cairn a tu curso")
                .contains("Mi plan de aprendizaje").contains("type=\"radio\"");

        Http.Reply cancelled = respond(hidden(selection).get("ticket"), "cancel");
        assertThat(cancelled.status()).isEqualTo(200);
        JWTClaimsSet answer = SignedJWT.parse(hidden(cancelled).get("JWT")).getJWTClaimsSet();
        assertThat(answer.getListClaim(DL + "content_items")).isEmpty();
        // §4.5.1: no data in the request, none in the response.
        assertThat(answer.getClaims()).doesNotContainKey(DL + "data");
    }

    @Test
    void aStudentsDeepLinkingRequestIsRefusedPolitelyAndCreatesNothing() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Http.Reply refused = launch(deepLinkingClaims(LEARNER, settings()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Only teachers can add Cairn content").doesNotContain("ticket");
        assertThat(sessions()).isZero();
        assertThat(courses()).isZero();
    }

    @Test
    void aRequestWithoutDeepLinkingSettingsGetsA400PageNamingTheClaim() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Map<String, Object> claims = deepLinkingClaims(INSTRUCTOR, null);
        Http.Reply refused = launch(claims);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("deep_linking_settings").contains("deep-linking-settings");
        assertThat(sessions()).isZero();
    }

    @Test
    void settingsThatRefuseResourceLinksOrLackAReturnUrlAreNamedInThe400Page() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Map<String, Object> onlyFiles = settings();
        onlyFiles.put("accept_types", List.of("file", "html"));
        Http.Reply refused = launch(deepLinkingClaims(INSTRUCTOR, onlyFiles));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("accept_types").contains("ltiResourceLink");

        Map<String, Object> noReturn = settings();
        noReturn.remove("deep_link_return_url");
        Http.Reply missing = launch(deepLinkingClaims(INSTRUCTOR, noReturn));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("deep_link_return_url");
        assertThat(sessions()).isZero();
    }

    @Test
    void aTamperedOrMissingTicketOrAnItemThatWasNotOfferedIsRefused() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        String ticket = hidden(launch(deepLinkingClaims(INSTRUCTOR, settings()))).get("ticket");
        String[] parts = ticket.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        Http.Reply tampered = respond(forged, "add", "plan");
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.body()).doesNotContain("name=\"JWT\"");
        assertThat(respond(null, "add", "plan").status()).isEqualTo(400);
        Http.Reply notOffered = respond(ticket, "add", "unit-99");
        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.body()).contains("Choose at least one link");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", returnUrl);
        settings.put("accept_types", List.of("link", "ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("data", "opaque <data> & more");
        return settings;
    }

    private Map<String, Object> deepLinkingClaims(String role, Map<String, Object> settings) {
        Map<String, Object> claims = TestTokens.resourceLinkClaims(platform.issuer(), platform.clientId(),
                platform.deploymentId, "set-by-launch", Instant.now());
        claims.put(TestTokens.LTI + "message_type", "LtiDeepLinkingRequest");
        claims.put(TestTokens.LTI + "target_link_uri", cairn.uri("/lti/launch").toString());
        claims.put(TestTokens.LTI + "roles", List.of(role));
        claims.put(TestTokens.LTI + "context", Map.of("id", "ctx-" + UUID.randomUUID(), "title", "Biology 7"));
        claims.remove(TestTokens.LTI + "resource_link");
        if (settings != null) claims.put(DL + "deep_linking_settings", settings);
        return claims;
    }

    /** Login initiation, then the form post of the signed request with the state cookie, as a browser does. */
    private Http.Reply launch(Map<String, Object> claims) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint-dl");
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", platform.clientId());
        Http.Reply login = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        Map<String, String> auth = TestPlatform.query(URI.create(login.header("Location")).getRawQuery());
        String setCookie = login.header("Set-Cookie");
        claims.put("nonce", auth.get("nonce"));
        Map<String, String> post = new LinkedHashMap<>();
        post.put("id_token", TestTokens.sign(claims, platform.key()));
        post.put("state", auth.get("state"));
        return http.postForm(cairn.uri("/lti/launch"), post, "Cookie", setCookie.substring(0, setCookie.indexOf(';')));
    }

    private Http.Reply respond(String ticket, String action, String... items) {
        StringBuilder body = new StringBuilder("action=").append(action);
        if (ticket != null) body.append("&ticket=").append(URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        for (String item : items) body.append("&item=").append(URLEncoder.encode(item, StandardCharsets.UTF_8));
        return http.post(cairn.uri("/lti/deep-linking/response"), "application/x-www-form-urlencoded", body.toString());
    }

    static Map<String, String> hidden(Http.Reply page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.body());
        while (m.find()) fields.put(m.group(1), unescape(m.group(2)));
        return fields;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private long sessions() {
        return count("SELECT COUNT(*) FROM course_session WHERE registration_id = ?", platform.registrationId);
    }

    private long courses() {
        return count("SELECT COUNT(*) FROM course WHERE registration_id = ?", platform.registrationId);
    }

    private long count(String sql, Object... args) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
