package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.sandbox.control.LaunchClaims;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Placement;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.sandbox.entity.Tool;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class LaunchClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final URI ISSUER = URI.create("http://127.0.0.1:8092/sandbox");
    private static final Tool TOOL = new Tool("sbx-client", "1:abc", "Cairn", List.of("http://localhost:8092/lti/launch"),
            URI.create("http://localhost:8092/lti/login"), URI.create("http://localhost:8092/.well-known/jwks.json"),
            URI.create("http://localhost:8092/lti/launch"), Set.copyOf(Lti.SCOPES));

    private static JWTClaimsSet launch(SandboxUser user, Placement placement, Optional<String> lineItem) {
        return LaunchClaims.build(new LaunchClaims.Launch(ISSUER, TOOL, user, DemoCourses.demo(), placement, "n-1",
                NOW, lineItem));
    }

    private static SandboxUser teacher() {
        return DemoCourses.user(DemoCourses.TEACHER_ID).orElseThrow();
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = LaunchClaimsTest.class.getResourceAsStream("/fixtures/lti/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void carriesEveryLtiClaimCanvasSendsInAResourceLinkLaunch() throws IOException {
        JsonNode canvas = fixture("canvas_LtiResourceLinkRequest.id_token.json").get("payload");
        List<String> canvasClaims = new ArrayList<>();
        canvas.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("https://purl.imsglobal.org/spec/") || Set.of("iss", "aud", "azp", "sub", "exp", "iat",
                    "nonce", "locale").contains(name)) canvasClaims.add(name);
        });
        JWTClaimsSet claims = launch(teacher(), Placement.resourceLink(DemoCourses.DEMO_COURSE_ID, DemoCourses.PLAN_LINK_ID),
                Optional.empty());
        assertThat(claims.getClaims().keySet()).containsAll(canvasClaims);
    }

    @Test
    void aSingleAudienceWithAzpAndAFiveMinuteLifetime() {
        JWTClaimsSet claims = launch(teacher(), Placement.courseNavigation(DemoCourses.DEMO_COURSE_ID), Optional.empty());
        assertThat(claims.getIssuer()).isEqualTo(ISSUER.toString());
        assertThat(claims.getAudience()).containsExactly("sbx-client");
        assertThat(claims.getClaim("azp")).isEqualTo("sbx-client");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(300));
        assertThat(claims.getClaim("nonce")).isEqualTo("n-1");
        assertThat(claims.getClaim(Lti.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getClaim(Lti.DEPLOYMENT_ID)).isEqualTo("1:abc");
        assertThat(claims.getClaim(Lti.MESSAGE_TYPE)).isEqualTo("LtiResourceLinkRequest");
    }

    @Test
    void rolesAreFullVocabularyUris() throws Exception {
        JWTClaimsSet claims = launch(teacher(), Placement.courseNavigation(DemoCourses.DEMO_COURSE_ID), Optional.empty());
        assertThat(claims.getStringListClaim(Lti.ROLES)).contains(
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty");
        SandboxUser student = DemoCourses.demo().withRole(org.cairn.sandbox.entity.Role.STUDENT).get(0);
        assertThat(launch(student, Placement.courseNavigation(DemoCourses.DEMO_COURSE_ID), Optional.empty())
                .getStringListClaim(Lti.ROLES)).contains("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
    }

    @Test
    void aSpanishSpeakingStudentLaunchesWithLocaleEs() throws Exception {
        SandboxUser ana = DemoCourses.user("sbx-student-01").orElseThrow();
        JWTClaimsSet claims = launch(ana, Placement.resourceLink(DemoCourses.DEMO_COURSE_ID, DemoCourses.PLAN_LINK_ID),
                Optional.empty());
        assertThat(claims.getJSONObjectClaim(Lti.LAUNCH_PRESENTATION)).containsEntry("locale", "es")
                .containsEntry("document_target", "iframe").containsKey("return_url");
    }

    @Test
    void contextResourceLinkPlatformAndCustomAreShapedLikeCanvas() throws Exception {
        JWTClaimsSet claims = launch(teacher(), Placement.resourceLink(DemoCourses.DEMO_COURSE_ID, DemoCourses.PLAN_LINK_ID),
                Optional.empty());
        Map<String, Object> context = claims.getJSONObjectClaim(Lti.CONTEXT);
        assertThat(context).containsEntry("id", DemoCourses.DEMO_COURSE_ID).containsEntry("title", "Grade 6 Math & Writing")
                .containsKey("label");
        assertThat((List<Object>) context.get("type")).containsExactly("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering");
        assertThat(claims.getJSONObjectClaim(Lti.RESOURCE_LINK)).containsEntry("id", DemoCourses.PLAN_LINK_ID)
                .containsEntry("title", "My learning plan");
        assertThat(claims.getJSONObjectClaim(Lti.TOOL_PLATFORM)).containsEntry("product_family_code", "cairn-sandbox")
                .containsKey("guid").containsKey("name");
        // Canvas sends numeric custom values as JSON numbers (see the Canvas fixture's custom.user_id).
        assertThat(claims.getJSONObjectClaim(Lti.CUSTOM).get("user_number")).isInstanceOf(Number.class);
        assertThat(claims.getClaims()).doesNotContainKey(Lti.LTI1P1);
    }

    @Test
    void servicesPointAtTheSandboxCourseAndTheLinksLineItem() throws Exception {
        String lineItem = ISSUER + "/api/courses/" + DemoCourses.DEMO_COURSE_ID + "/lineitems/li-1";
        JWTClaimsSet claims = launch(teacher(), Placement.resourceLink(DemoCourses.DEMO_COURSE_ID, DemoCourses.PLAN_LINK_ID),
                Optional.of(lineItem));
        assertThat(claims.getJSONObjectClaim(Lti.NRPS)).containsEntry("context_memberships_url",
                ISSUER + "/api/courses/" + DemoCourses.DEMO_COURSE_ID + "/memberships");
        Map<String, Object> ags = claims.getJSONObjectClaim(Lti.AGS);
        assertThat(ags).containsEntry("lineitems", ISSUER + "/api/courses/" + DemoCourses.DEMO_COURSE_ID + "/lineitems")
                .containsEntry("lineitem", lineItem);
        assertThat((List<Object>) ags.get("scope")).containsExactlyInAnyOrderElementsOf(List.<Object>copyOf(Lti.AGS_SCOPES));
        assertThat(launch(teacher(), Placement.courseNavigation(DemoCourses.DEMO_COURSE_ID), Optional.empty())
                .getJSONObjectClaim(Lti.AGS)).doesNotContainKey("lineitem");
    }

    @Test
    void aDeepLinkingLaunchCarriesItsSettings() throws Exception {
        JWTClaimsSet claims = launch(teacher(), Placement.deepLinking(DemoCourses.DEMO_COURSE_ID), Optional.empty());
        assertThat(claims.getClaim(Lti.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
        assertThat(claims.getJSONObjectClaim(Lti.DEEP_LINKING_SETTINGS))
                .containsEntry("deep_link_return_url", ISSUER + "/deep-linking/return")
                .containsEntry("data", "course:" + DemoCourses.DEMO_COURSE_ID);
    }

    @Test
    void theMessageHintRoundTrips() {
        Placement link = Placement.resourceLink(DemoCourses.DEMO_COURSE_ID, DemoCourses.PLAN_LINK_ID);
        assertThat(Placement.fromHint(link.messageHint())).isEqualTo(link);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Placement.fromHint("nonsense"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoCourseHasATeacherAnAssistant24StudentsAndAnAdmin() {
        var course = DemoCourses.demo();
        assertThat(course.withRole(org.cairn.sandbox.entity.Role.STUDENT)).hasSize(24)
                .anyMatch(s -> "es".equals(s.locale()));
        assertThat(course.withRole(org.cairn.sandbox.entity.Role.TEACHER)).extracting(SandboxUser::familyName)
                .containsExactly("Rivera");
        assertThat(course.withRole(org.cairn.sandbox.entity.Role.TEACHING_ASSISTANT)).hasSize(1);
        assertThat(course.withRole(org.cairn.sandbox.entity.Role.ADMIN)).hasSize(1);
        assertThat(DemoCourses.large().members()).hasSize(5000);
        assertThat(DemoCourses.large().members().get(4999).id()).isEqualTo(DemoCourses.large().members().get(4999).id());
    }
}
