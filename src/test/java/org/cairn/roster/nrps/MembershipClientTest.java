package org.cairn.roster.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cairn.tenancy.tokens.Backoff;
import org.cairn.tenancy.tokens.FakePlatform;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MembershipClientTest {

    private static final String PATH = "/api/lti/courses/1/names_and_roles";

    private final FakePlatform platform = new FakePlatform();
    private final FakePlatform.MutableClock clock = new FakePlatform.MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final MembershipClient client = new MembershipClient(platform.calls(clock), new ServiceCalls.Retries(3,
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(1)), Duration.ofSeconds(30), waits::add), 5);

    @AfterEach
    void stop() {
        platform.close();
    }

    /** The Canvas fixture as served: its body with its Content-Type, Link and rate-limit headers. */
    private Answer canvasPage(String extraLink) throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(platform.fixture("canvas_nrps_membership_container.json"));
        Answer answer = new Answer(200, Map.of(), fixture.get("body").toString());
        for (var header : (Iterable<Map.Entry<String, JsonNode>>) fixture.get("headers")::fields) {
            String value = header.getValue().asText();
            if (header.getKey().equals("Link") && extraLink != null) value = value + "," + extraLink;
            answer = answer.withHeader(header.getKey(), value);
        }
        return answer;
    }

    private Answer moodlePage() {
        return Answer.json(MembershipClient.MEDIA_TYPE, platform.fixture("moodle_nrps_membership_container.json"));
    }

    private URI memberships() {
        return platform.uri(PATH + "?per_page=10&rlid=abc");
    }

    @Test
    void readsTheCanvasMembershipWithItsHeaders() throws Exception {
        platform.answer(PATH, canvasPage(null));

        Membership membership = client.members(platform.client(), memberships(), MembershipProgress.NONE);

        assertThat(membership.pages()).isEqualTo(1);
        assertThat(membership.differences()).isEmpty();
        Member learner = membership.members().get(0);
        assertThat(learner.userId()).isEqualTo("20eb59f5-26e8-46bc-87b0-57ed54820aeb");
        assertThat(learner.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(learner.hasRole("Learner")).isTrue();
        assertThat(learner.name()).isEmpty();
        assertThat(learner.email()).isEmpty();
    }

    @Test
    void keepsTheUrlsOwnQueryAndAsksForTheMembershipMediaType() throws Exception {
        platform.answer(PATH, canvasPage(null));

        client.members(platform.client(), memberships(), MembershipProgress.NONE);

        FakePlatform.Received request = platform.received(PATH).get(0);
        assertThat(request.uri().getQuery()).isEqualTo("per_page=10&rlid=abc");
        assertThat(request.header("Accept")).isEqualTo(MembershipClient.MEDIA_TYPE);
        assertThat(request.header("Authorization")).startsWith("Bearer ");
        assertThat(platform.received("/token").get(0).body())
                .contains("scope=https%3A%2F%2Fpurl.imsglobal.org%2Fspec%2Flti-nrps%2Fscope%2Fcontextmembership.readonly");
    }

    @Test
    void readsMoodlesShortRoleNamesNamesAndEmail() {
        platform.answer(PATH, moodlePage());

        List<Member> members = client.members(platform.client(), memberships(), MembershipProgress.NONE).members();

        Member admin = members.get(0);
        assertThat(admin.roles()).containsExactly("Instructor", "http://purl.imsglobal.org/vocab/lis/v2/person#Administrator");
        assertThat(admin.normalizedRoles()).containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/person#Administrator");
        assertThat(admin.hasRole("Instructor")).isTrue();
        assertThat(admin.givenName()).contains("Admin");
        assertThat(admin.email()).contains("local@moodle.com");
        assertThat(members.get(1).hasRole("Learner")).isTrue();
        assertThat(members.get(1).toString()).doesNotContain("test user");
    }

    @Test
    void followsNextLinksAndReportsProgressPerPage() throws Exception {
        String next = "<" + platform.uri(PATH + "?page=2&per_page=10") + ">; rel=\"next\"";
        platform.answer(PATH, canvasPage(next), moodlePage());
        List<String> progress = new ArrayList<>();

        Membership membership = client.members(platform.client(), memberships(),
                (members, page) -> progress.add(members + "@" + page));

        assertThat(membership.members()).hasSize(3);
        assertThat(membership.pages()).isEqualTo(2);
        assertThat(progress).containsExactly("1@1", "3@2");
        assertThat(platform.received(PATH).get(1).uri().getQuery()).isEqualTo("page=2&per_page=10");
    }

    @Test
    void reportsAndFetchesTheDifferencesLink() {
        URI differences = platform.uri(PATH + "?since=2026-03-01");
        platform.answer(PATH, moodlePage().withHeader("Link", "<" + differences + ">; rel=\"differences\""));

        Membership membership = client.members(platform.client(), memberships(), MembershipProgress.NONE);
        assertThat(membership.differences()).contains(differences);

        client.differences(platform.client(), memberships(), membership.differences().orElseThrow(),
                MembershipProgress.NONE);
        assertThat(platform.received(PATH).get(1).uri().getQuery()).isEqualTo("since=2026-03-01");
    }

    @Test
    void aStoredDifferencesUrlOnAnotherHostIsRefusedBeforeTheTokenTravels() {
        platform.answer(PATH, moodlePage());

        assertThatThrownBy(() -> client.differences(platform.client(), memberships(),
                URI.create("https://evil.example/changes?since=1"), MembershipProgress.NONE))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("evil.example");
                });
        assertThat(platform.received(PATH)).isEmpty();
    }

    @Test
    void aDifferencesReadFollowsNextPagesAndOffersTheNextDifferencesUrl() {
        URI later = platform.uri(PATH + "?since=7");
        platform.answer(PATH,
                moodlePage().withHeader("Link", "<" + platform.uri(PATH + "?since=5&page=2") + ">; rel=\"next\", <"
                        + later + ">; rel=\"differences\""),
                moodlePage());

        Membership changes = client.differences(platform.client(), memberships(), platform.uri(PATH + "?since=5"),
                MembershipProgress.NONE);

        assertThat(changes.pages()).isEqualTo(2);
        assertThat(changes.differences()).contains(later);
    }

    @Test
    void flagsBlackboardTestUsers() {
        platform.answer(PATH, Answer.json(MembershipClient.MEDIA_TYPE, """
                {"id": "x", "members": [{"user_id": "preview", "status": "Inactive",
                  "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                            "http://purl.imsglobal.org/vocab/lti/system/person#TestUser"]},
                  {"user_id": 42, "status": "Deleted", "roles": []}]}"""));

        List<Member> members = client.members(platform.client(), memberships(), MembershipProgress.NONE).members();

        assertThat(members.get(0).testUser()).isTrue();
        assertThat(members.get(0).status()).isEqualTo(MemberStatus.INACTIVE);
        assertThat(members.get(1).userId()).isEqualTo("42");
        assertThat(members.get(1).status()).isEqualTo(MemberStatus.DELETED);
        assertThat(members.get(1).testUser()).isFalse();
    }

    @Test
    void stopsAtTheConfiguredNumberOfPages() {
        Answer[] pages = new Answer[7];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = moodlePage().withHeader("Link", "<" + platform.uri(PATH + "?page=" + (i + 2)) + ">; rel=next");
        }
        platform.answer(PATH, pages);

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("more than 5 pages");
        assertThat(platform.received(PATH)).hasSize(5);
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedBeforeTheTokenTravels() {
        platform.answer(PATH, moodlePage().withHeader("Link", "<https://evil.example/steal>; rel=\"next\""));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("evil.example");
                });
        assertThat(platform.received(PATH)).hasSize(1);
    }

    @Test
    void aNextLinkThatIsNotAUriIsRefused() {
        platform.answer(PATH, moodlePage().withHeader("Link", "<http://127.0.0.1:1/a b>; rel=\"next\""));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("a b");
    }

    @Test
    void aNextLinkBackToAPageAlreadyReadIsRefused() {
        platform.answer(PATH, moodlePage().withHeader("Link", "<" + memberships() + ">; rel=\"next\""));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("already read");
    }

    @Test
    void malformedJsonIsNamed() {
        platform.answer(PATH, Answer.json(MembershipClient.MEDIA_TYPE, "{\"members\": [ {\"user_id\": "));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void aMemberWithoutUserIdIsNamed() {
        platform.answer(PATH, Answer.json(MembershipClient.MEDIA_TYPE, "{\"members\": [{\"roles\": []}]}"));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("Member 0").hasMessageContaining("user_id");
    }

    @Test
    void anHtmlPageIsTheWrongMediaType() {
        platform.answer(PATH, new Answer(200, Map.of("Content-Type", "text/html"), "<html>Log in</html>"));

        assertThatThrownBy(() -> client.members(platform.client(), memberships(), MembershipProgress.NONE))
                .isInstanceOf(ServiceCallFailed.class).hasMessageContaining("text/html").hasMessageContaining(MembershipClient.MEDIA_TYPE);
    }

    @Test
    void a401RenewsTheTokenOnce() {
        platform.answer(PATH, Answer.status(401, ""), moodlePage());

        assertThat(client.members(platform.client(), memberships(), MembershipProgress.NONE).members()).hasSize(2);
        assertThat(platform.tokensIssued()).isEqualTo(2);
    }

    @Test
    void rateLimitsAreWaitedOutAsThePlatformAsks() {
        platform.answer(PATH, Answer.status(429, "").withHeader("Retry-After", "2"), Answer.status(503, ""), moodlePage());

        assertThat(client.members(platform.client(), memberships(), MembershipProgress.NONE).members()).hasSize(2);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits.get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
    }
}
