package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole launch over real HTTP against the real WAR, with a platform in this JVM signing real tokens. */
class LaunchIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private final TestPlatform platform = new TestPlatform("it-" + UUID.randomUUID().toString().substring(0, 8));

    @AfterEach
    void stop() {
        platform.close();
    }

    record Login(Http.Reply reply, Map<String, String> auth, String cookie) {
        String state() {
            return auth.get("state");
        }

        String nonce() {
            return auth.get("nonce");
        }
    }

    private Login login(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint-123");
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", platform.clientId());
        params.put("lti_message_hint", "msg-456");
        params.putAll(extra);
        params.values().removeIf(java.util.Objects::isNull);
        Http.Reply reply = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
        if (reply.status() != 302) return new Login(reply, Map.of(), null);
        URI location = URI.create(reply.header("Location"));
        String setCookie = reply.header("Set-Cookie");
        // java.net's cookie jar never returns Secure cookies over http; a browser on localhost does.
        String cookie = setCookie == null ? null : setCookie.substring(0, setCookie.indexOf(';'));
        return new Login(reply, TestPlatform.query(location.getRawQuery()), cookie);
    }

    private Login login() {
        return login(Map.of());
    }

    private Http.Reply launch(String idToken, String state, String cookie) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken);
        form.put("state", state);
        return cookie == null ? http.postForm(cairn.uri("/lti/launch"), form)
                : http.postForm(cairn.uri("/lti/launch"), form, "Cookie", cookie);
    }

    private Http.Reply launchAs(String role) {
        Login login = login();
        return launch(TestTokens.sign(platform.claims(login.nonce(), role), platform.key()), login.state(), login.cookie());
    }

    static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    static String token(Http.Reply page) {
        Matcher m = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertThat(m.find()).as("a session token in the page's boot data:\n" + page.body()).isTrue();
        return m.group(1);
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

    private long sessions() {
        return count("SELECT COUNT(*) FROM course_session WHERE registration_id = ?", platform.registrationId);
    }

    @Test
    void loginRedirectsToThePlatformWithTheOidcParametersAndAPartitionedStateCookie() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        assertThat(login.reply().status()).isEqualTo(302);
        assertThat(login.reply().header("Location")).startsWith(platform.url("/auth").toString() + "?");
        assertThat(login.auth()).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", platform.clientId())
                .containsEntry("redirect_uri", cairn.uri("/lti/launch").toString())
                .containsEntry("login_hint", "hint-123").containsEntry("lti_message_hint", "msg-456");
        assertThat(login.state()).matches("[A-Za-z0-9_-]{43}");
        assertThat(login.nonce()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(login.state());
        assertThat(login.reply().header("Set-Cookie")).startsWith("lti-state-" + login.state() + "=")
                .contains("SameSite=None").contains("Secure").contains("HttpOnly").contains("Partitioned")
                .contains("Path=/lti");
    }

    @Test
    void loginAcceptsPostAndThePerRegistrationUrlWithoutClientId() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Http.Reply post = http.postForm(cairn.uri("/lti/login/" + platform.registrationId), Map.of(
                "iss", platform.issuer(), "login_hint", "h", "target_link_uri", cairn.uri("/lti/launch").toString(),
                "canvas_region", "us-east-1"));
        assertThat(post.status()).isEqualTo(302);
        assertThat(TestPlatform.query(URI.create(post.header("Location")).getRawQuery()))
                .containsEntry("client_id", platform.clientId());
        Http.Reply single = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(Map.of("iss", platform.issuer(),
                "login_hint", "h", "target_link_uri", cairn.uri("/").toString()))));
        assertThat(single.status()).isEqualTo(302);
    }

    @Test
    void teacherLaunchAnswersWithTheCoursePageAndAWorkingSessionToken() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Http.Reply page = launchAs(INSTRUCTOR);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("cairn-course-page").contains("Biology 7");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        String token = token(page);

        Http.Reply me = http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("teacher");
        assertThat(me.json().get("courseTitle").asText()).isEqualTo("Biology 7");
        assertThat(me.json().get("locale").asText()).isEqualTo("en");

        Http.Reply people = http.get(cairn.uri("/api/v1/courses/current/people"), "Authorization", "Bearer " + token);
        assertThat(people.status()).as(people.body()).isEqualTo(200);
        assertThat(people.json()).hasSize(1);
        assertThat(people.json().get(0).get("name").asText()).isEqualTo("Ana Teacher");
        assertThat(people.json().get(0).get("role").asText()).isEqualTo("TEACHER");
        // Only the hash of the token is stored.
        assertThat(count("SELECT COUNT(*) FROM course_session WHERE token_hash = ?", token)).isZero();
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void spanishLaunchesGetSpanishPages() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var claims = platform.claims(login.nonce(), LEARNER);
        claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", "es-MX"));
        Http.Reply page = launch(TestTokens.sign(claims, platform.key()), login.state(), login.cookie());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"es\"").contains("cairn-my-plan").contains("Mi plan");
    }

    @Test
    void aStudentCannotReadTheTeachersRoster() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Http.Reply page = launchAs(LEARNER);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("cairn-my-plan");
        String token = token(page);
        Http.Reply people = http.get(cairn.uri("/api/v1/courses/current/people"), "Authorization", "Bearer " + token);
        assertThat(people.status()).isEqualTo(403);
        assertThat(people.contentType()).startsWith("application/problem+json");
        assertThat(people.json().get("detail").asText()).contains("teachers");
        assertThat(http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + token).json()
                .get("role").asText()).isEqualTo("student");
    }

    @Test
    void expiredOrGarbageBearerTokensAre401Problems() {
        for (String header : List.of("Bearer " + "x".repeat(43), "Bearer not-a-token", "Basic abc")) {
            Http.Reply reply = http.get(cairn.uri("/api/v1/session"), "Authorization", header);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(http.get(cairn.uri("/api/v1/courses/current/people")).status()).isEqualTo(401);
    }

    @Test
    void anExpiredSessionIs401() throws SQLException {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        String token = token(launchAs(INSTRUCTOR));
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE course_session SET expires_at = created_at WHERE registration_id = ?")) {
            s.setObject(1, platform.registrationId);
            s.executeUpdate();
        }
        Http.Reply reply = http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aReplayedStateIsRefused() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        String token = TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), platform.key());
        assertThat(launch(token, login.state(), login.cookie()).status()).isEqualTo(200);
        Http.Reply again = launch(token, login.state(), login.cookie());
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).contains("state-unknown").doesNotContain("\"token\"");
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void aReplayedNonceIsRefusedEvenWithAFreshState() throws SQLException {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login first = login();
        String token = TestTokens.sign(platform.claims(first.nonce(), INSTRUCTOR), platform.key());
        assertThat(launch(token, first.state(), first.cookie()).status()).isEqualTo(200);
        // Another node's login state that happens to carry the same nonce: the used_nonce key refuses it.
        Login second = login();
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE lti_login_state SET nonce = ? WHERE state = ?")) {
            s.setString(1, first.nonce());
            s.setString(2, second.state());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Http.Reply replay = launch(token, second.state(), second.cookie());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body()).contains("nonce-replayed");
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void aRefusedLaunchSpendsItsStateSoTheRightTokenCannotFollow() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var forger = new com.nimbusds.jose.jwk.RSAKey.Builder(TestTokens.rsaKey("x"))
                .keyID(platform.key().getKeyID()).build();
        String forged = TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), forger);
        assertThat(launch(forged, login.state(), login.cookie()).body()).contains("bad-signature");
        Http.Reply next = launch(TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), platform.key()),
                login.state(), login.cookie());
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.body()).contains("state-unknown");
        assertThat(sessions()).isZero();
        assertThat(count("SELECT COUNT(*) FROM lti_login_state WHERE state = ?", login.state())).isZero();
    }

    @Test
    void theSameLaunchPostedEightTimesAtOnceOpensOneSession() throws Exception {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        String token = TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), platform.key());
        int copies = 8;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(copies);
        List<Http.Reply> replies = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Http.Reply>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("id_token", token);
                    form.put("state", login.state());
                    return new Http().postForm(cairn.uri("/lti/launch"), form, "Cookie", login.cookie());
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Http.Reply> answer : answers) {
                replies.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 401).hasSize(copies - 1)
                .allSatisfy(r -> assertThat(r.body()).contains("state-unknown").doesNotContain("\"token\""));
        assertThat(sessions()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM lti_used_nonce WHERE nonce = ?", login.nonce())).isEqualTo(1);
    }

    @Test
    void aLaunchWithoutTheStateCookieOffersANewWindowAndOpensNoSession() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        Http.Reply reply = launch(TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), platform.key()),
                login.state(), null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("Open in a new window").contains("/lti/login/" + platform.registrationId)
                .contains("target=\"_blank\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        // The state is not spent by this page: the same post from a Spanish browser reads it in Spanish.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), platform.key()));
        form.put("state", login.state());
        Http.Reply spanish = http.postForm(cairn.uri("/lti/launch"), form, "Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
        assertThat(spanish.status()).isEqualTo(401);
        assertThat(spanish.body()).contains("lang=\"es\"").contains("Abrir en una ventana nueva")
                .contains("La cookie del state del lanzamiento no volvió")
                .contains("/lti/login/" + platform.registrationId).doesNotContain("Open in a new window");
        assertThat(sessions()).isZero();
    }

    @Test
    void aStateCookieFromAnotherLoginIsRefused() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login mine = login();
        Login other = login();
        String wrongCookie = "lti-state-" + mine.state() + "=" + other.cookie().substring(other.cookie().indexOf('=') + 1);
        Http.Reply reply = launch(TestTokens.sign(platform.claims(mine.nonce(), INSTRUCTOR), platform.key()),
                mine.state(), wrongCookie);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("state-not-bound");
    }

    @Test
    void aWrongSignatureIs401AndCounted() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var forger = new com.nimbusds.jose.jwk.RSAKey.Builder(TestTokens.rsaKey("x"))
                .keyID(platform.key().getKeyID()).build();
        Http.Reply reply = launch(TestTokens.sign(platform.claims(login.nonce(), INSTRUCTOR), forger), login.state(),
                login.cookie());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("bad-signature").contains("signature does not verify")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(sessions()).isZero();
        assertThat(cairn.logText()).contains("reason=bad-signature issuer=" + platform.issuer());
        Http.Reply metrics = http.get(cairn.uri("/metrics"), "Accept", "text/plain");
        assertThat(metrics.body()).containsPattern("lti_launch_rejected_total\\{[^}]*reason=\"bad-signature\"");
    }

    @Test
    void anUnknownDeploymentIsRefusedAndRecordedForTheOperator() {
        platform.seed(cairn, "ACTIVE", "REFUSE", false);
        Http.Reply reply = launchAs(INSTRUCTOR);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("does not know deployment").contains(platform.deploymentId)
                .contains("an operator can approve it");
        assertThat(sessions()).isZero();
        assertThat(count("SELECT COUNT(*) FROM deployment WHERE registration_id = ? AND status = 'PENDING'",
                platform.registrationId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM person WHERE registration_id = ?", platform.registrationId)).isZero();
        // Until approved, it stays refused.
        assertThat(launchAs(INSTRUCTOR).status()).isEqualTo(403);
    }

    /** A refused launch whose id_token asks for one language while the browser asks for another. */
    private Http.Reply refusedUnknownDeployment(String tokenLocale, String... headers) {
        Login login = login();
        var claims = platform.claims(login.nonce(), INSTRUCTOR);
        claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", tokenLocale));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", TestTokens.sign(claims, platform.key()));
        form.put("state", login.state());
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("Cookie", login.cookie()),
                java.util.Arrays.stream(headers)).toArray(String[]::new);
        return http.postForm(cairn.uri("/lti/launch"), form, all);
    }

    @Test
    void aRefusedLaunchSpeaksTheBrowsersLanguageNotTheTokensAndOpensNoSession() {
        platform.seed(cairn, "ACTIVE", "REFUSE", false);
        Http.Reply reply = refusedUnknownDeployment("en-US", "Accept-Language", "es");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Language")).isEqualTo("es");
        assertThat(reply.body()).contains("lang=\"es\"").contains("Cairn no pudo abrir este lanzamiento")
                .contains("Esta instalación de Cairn no conoce el despliegue &#39;" + platform.deploymentId + "&#39;")
                .contains("un operador puede aprobarlo").contains("unknown-deployment")
                .doesNotContain("does not know deployment");
        assertThat(sessions()).isZero();
        assertThat(count("SELECT COUNT(*) FROM person WHERE registration_id = ?", platform.registrationId)).isZero();
        // The operator's log line stays English.
        assertThat(cairn.logText()).contains("does not know deployment '" + platform.deploymentId + "'")
                .doesNotContain("no conoce el despliegue '" + platform.deploymentId);
    }

    @Test
    void aRefusedLaunchWithoutAcceptLanguageIsEnglishWhateverTheTokenSays() {
        platform.seed(cairn, "ACTIVE", "REFUSE", false);
        Http.Reply reply = refusedUnknownDeployment("es-MX");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Language")).isEqualTo("en");
        assertThat(reply.body()).contains("lang=\"en\"").contains("Cairn could not open this launch")
                .contains("This Cairn install does not know deployment &#39;" + platform.deploymentId + "&#39;")
                .doesNotContain("no conoce");
        assertThat(sessions()).isZero();
    }

    @Test
    void anUnknownDeploymentIsCreatedWithAnAuditEntryUnderAutoCreate() {
        platform.seed(cairn, "ACTIVE", "AUTO_CREATE", false);
        Http.Reply reply = launchAs(INSTRUCTOR);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM deployment WHERE registration_id = ? AND status = 'ACTIVE'",
                platform.registrationId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE kind = 'deployment.auto-created' AND subject LIKE ?",
                "%" + platform.registrationId + "%")).isEqualTo(1);
    }

    @Test
    void aDisabledRegistrationCannotLogIn() {
        platform.seed(cairn, "DISABLED", "REFUSE", true);
        Login login = login();
        assertThat(login.reply().status()).isEqualTo(400);
        assertThat(login.reply().header("Location")).isNull();
        assertThat(login.reply().body()).contains("disabled");
    }

    @Test
    void aWholeClassLaunchingANewCourseAtOnceAllGetIn() throws Exception {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        int students = 16;
        List<Login> logins = new java.util.ArrayList<>();
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < students; i++) {
            Login login = login();
            logins.add(login);
            tokens.add(TestTokens.sign(platform.claims(login.nonce(), LEARNER), platform.key()));
        }
        // Every first launch inserts the same new course row; the ones that lose that race must still get in.
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(students);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < students; i++) {
                Login login = logins.get(i);
                String token = tokens.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("id_token", token);
                    form.put("state", login.state());
                    return new Http().postForm(cairn.uri("/lti/launch"), form, "Cookie", login.cookie()).status();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions()).isEqualTo(students);
        assertThat(count("SELECT COUNT(*) FROM course WHERE registration_id = ?", platform.registrationId)).isEqualTo(1);
    }

    @Test
    void aRegistrationTheOperatorDisablesIsRefusedAtTheVeryNextLaunch() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        assertThat(launchAs(INSTRUCTOR).status()).isEqualTo(200);
        Login startedBefore = login();
        long sessionsBefore = sessions();

        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        Http.Reply disabled = http.post(cairn.uri("/api/v1/admin/registrations/" + platform.registrationId + "/disable"),
                "application/json", "", "Authorization", basic);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        // Launches keep registrations for a moment (KnownTenants); the operator's change must not wait for that.
        Http.Reply refused = launch(TestTokens.sign(platform.claims(startedBefore.nonce(), INSTRUCTOR), platform.key()),
                startedBefore.state(), startedBefore.cookie());
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.body()).contains("disabled");
        assertThat(sessions()).isEqualTo(sessionsBefore);
        assertThat(login().reply().status()).isEqualTo(400);
    }

    @Test
    void anUnknownIssuerGetsAPageNotARedirect() {
        Login login = login(Map.of("iss", "https://nobody.example", "client_id", "nope"));
        assertThat(login.reply().status()).isEqualTo(400);
        assertThat(login.reply().header("Location")).isNull();
        assertThat(login.reply().body()).contains("no registration");
        Http.Reply spanish = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(Map.of("iss",
                "https://nobody.example", "client_id", "nope", "login_hint", "h", "target_link_uri",
                cairn.uri("/lti/launch").toString()))), "Accept-Language", "es");
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.body()).contains("Cairn no pudo abrir este lanzamiento")
                .contains("no tiene ningún registro para el emisor");
    }

    @Test
    void aTargetLinkToAnotherOriginIsRefused() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        for (String target : List.of("https://evil.example/lti/launch", "//evil.example/", "javascript:alert(1)",
                "http://localhost.evil.example:" + cairn.port() + "/lti/launch")) {
            Login login = login(Map.of("target_link_uri", target));
            assertThat(login.reply().status()).as(target).isEqualTo(400);
            assertThat(login.reply().header("Location")).isNull();
            assertThat(login.reply().body()).doesNotContain("href=\"" + target);
        }
    }

    @Test
    void aDeepLinkingResponseIsNeverAcceptedAtTheLaunchEndpoint() {
        // lti-checklist "Never": a tool-originating message type posted to the launch endpoint is refused.
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var claims = platform.claims(login.nonce(), INSTRUCTOR);
        claims.put(TestTokens.LTI + "message_type", "LtiDeepLinkingResponse");
        Http.Reply reply = launch(TestTokens.sign(claims, platform.key()), login.state(), login.cookie());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("LtiDeepLinkingResponse").contains("not supported at this endpoint");
        assertThat(sessions()).isZero();
    }

    @Test
    void aLaunchWithoutACourseGetsAPolitePageAndNoSession() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var claims = platform.claims(login.nonce(), INSTRUCTOR);
        claims.remove(TestTokens.LTI + "context");
        Http.Reply reply = launch(TestTokens.sign(claims, platform.key()), login.state(), login.cookie());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Open Cairn from a course").doesNotContain("\"token\"");
        assertThat(sessions()).isZero();
    }

    @Test
    void theNextLaunchAfterAPlatformKeyRotationSucceeds() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        assertThat(launchAs(INSTRUCTOR).status()).isEqualTo(200);
        platform.rotate();
        Http.Reply after = launchAs(INSTRUCTOR);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void namesAreEscapedAndOptional() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        var claims = platform.claims(login.nonce(), INSTRUCTOR);
        claims.remove("name");
        claims.put(TestTokens.LTI + "context", Map.of("id", "ctx-x", "title", "<img src=x onerror=alert(1)>"));
        claims.put(TestTokens.LTI + "custom", Map.of("n", 42));
        Http.Reply reply = launch(TestTokens.sign(claims, platform.key()), login.state(), login.cookie());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<img src=x").contains("&lt;img src=x");
        assertThat(count("SELECT COUNT(*) FROM person WHERE registration_id = ? AND name IS NULL AND email IS NULL",
                platform.registrationId)).isEqualTo(1);
    }

    @Test
    void anOidcErrorPostedByThePlatformIsShownInPlainWordsWithNoSession() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        Login login = login();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("error", "login_required");
        form.put("error_description", "The user is not signed in to the LMS <script>x</script>");
        form.put("state", login.state());
        Http.Reply reply = http.postForm(cairn.uri("/lti/launch"), form, "Cookie", login.cookie());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(reply.body()).contains("Your LMS could not start Cairn").contains("<code>login_required</code>")
                .contains("The user is not signed in to the LMS &lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>");
        assertThat(sessions()).isZero();
        // A made-up error code is not echoed as one.
        form.put("error", "<b>bad</b>");
        assertThat(http.postForm(cairn.uri("/lti/launch"), form).body()).contains("invalid_error_code")
                .doesNotContain("<b>bad</b>");
    }
}
