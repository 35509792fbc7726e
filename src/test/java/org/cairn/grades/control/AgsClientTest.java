package org.cairn.grades.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.grades.entity.AgsLineItem;
import org.cairn.grades.entity.AgsResult;
import org.cairn.grades.entity.NewLineItem;
import org.cairn.grades.entity.Score;
import org.cairn.tenancy.tokens.FakePlatform;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgsClientTest {

    private static final String CANVAS_ITEMS = "/api/lti/courses/1/line_items";
    private static final String MOODLE_ITEMS = "/moodle/mod/lti/services.php/2/lineitems";

    private final FakePlatform platform = new FakePlatform();
    private final FakePlatform.MutableClock clock = new FakePlatform.MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final AgsClient ags = new AgsClient(platform.calls(clock), ServiceCalls.Retries.none(), 10);

    @AfterEach
    void stop() {
        platform.close();
    }

    private Answer container(String fixture) {
        return Answer.json(AgsClient.LINEITEM_CONTAINER, platform.fixture(fixture));
    }

    @Test
    void insertsScoresAndResultsIntoThePathBeforeMoodlesQuery() {
        URI moodle = URI.create("http://localhost/moodle/mod/lti/services.php/2/lineitems/16/lineitem?type_id=1");

        assertThat(AgsClient.scores(moodle)).hasToString("http://localhost/moodle/mod/lti/services.php/2/lineitems/16/lineitem/scores?type_id=1");
        assertThat(AgsClient.results(moodle)).hasToString("http://localhost/moodle/mod/lti/services.php/2/lineitems/16/lineitem/results?type_id=1");
    }

    @Test
    void appendsToAPlainPathAndDropsATrailingSlash() {
        assertThat(AgsClient.scores(URI.create("https://canvas.example/api/lti/courses/1/line_items/1")))
                .hasToString("https://canvas.example/api/lti/courses/1/line_items/1/scores");
        assertThat(AgsClient.results(URI.create("https://lms.example/items/1/?a=b&c=%20d")))
                .hasToString("https://lms.example/items/1/results?a=b&c=%20d");
    }

    @Test
    void findsALineItemByTagAndResourceIdAmongMoodles() {
        platform.answer(MOODLE_ITEMS, container("moodle_ags_lineitems_GET.json"));

        Optional<AgsLineItem> found = ags.find(platform.client(), platform.uri(MOODLE_ITEMS + "?type_id=1"), "grade",
                "24a420e7066b42a09f8c71e9a20b1498");

        assertThat(found).map(AgsLineItem::label).contains("Chapter 5 Test");
        assertThat(found.orElseThrow().id().getQuery()).isEqualTo("type_id=1");
        FakePlatform.Received request = platform.received(MOODLE_ITEMS).get(0);
        assertThat(request.uri().getQuery()).isEqualTo("type_id=1&resource_id=24a420e7066b42a09f8c71e9a20b1498&tag=grade");
        assertThat(request.header("Accept")).isEqualTo(AgsClient.LINEITEM_CONTAINER);
        assertThat(platform.received("/token").get(0).body()).contains("lti-ags%2Fscope%2Flineitem");
    }

    @Test
    void checksTheFiltersItselfBecausePlatformsMayIgnoreThem() {
        platform.answer(CANVAS_ITEMS, container("canvas_ags_lineitems_GET.json"));

        assertThat(ags.find(platform.client(), platform.uri(CANVAS_ITEMS), "time", null)).map(AgsLineItem::label).contains("Time Taken");
        assertThat(ags.find(platform.client(), platform.uri(CANVAS_ITEMS), "time", "cairn:x")).isEmpty();
    }

    @Test
    void followsNextLinksWhileFinding() {
        platform.answer(CANVAS_ITEMS, container("canvas_ags_lineitems_GET.json")
                        .withHeader("Link", "<" + platform.uri(CANVAS_ITEMS + "?page=2") + ">; rel=\"next\""),
                Answer.json(AgsClient.LINEITEM_CONTAINER, "[{\"id\": \"" + platform.uri(CANVAS_ITEMS + "/9")
                        + "\", \"label\": \"Fractions\", \"scoreMaximum\": 4, \"tag\": \"cairn-standard\", \"resourceId\": \"cairn:standard:1\"}]"));

        assertThat(ags.find(platform.client(), platform.uri(CANVAS_ITEMS), "cairn-standard", "cairn:standard:1"))
                .map(AgsLineItem::id).contains(platform.uri(CANVAS_ITEMS + "/9"));
        assertThat(platform.received(CANVAS_ITEMS)).hasSize(2);
    }

    @Test
    void createsALineItemOnlyWhenNoneIsFound() throws Exception {
        platform.answer(CANVAS_ITEMS, container("canvas_ags_lineitems_GET.json"),
                Answer.json(AgsClient.LINEITEM, "{\"id\": \"" + platform.uri(CANVAS_ITEMS + "/3")
                        + "\", \"label\": \"Fractions\", \"scoreMaximum\": 4, \"tag\": \"cairn-standard\", \"resourceId\": \"cairn:standard:1\"}"));

        AgsLineItem created = ags.findOrCreate(platform.client(), platform.uri(CANVAS_ITEMS),
                new NewLineItem("Fractions", 4, "cairn-standard", "cairn:standard:1"));

        assertThat(created.id()).isEqualTo(platform.uri(CANVAS_ITEMS + "/3"));
        FakePlatform.Received post = platform.received(CANVAS_ITEMS).get(1);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.header("Content-Type")).isEqualTo(AgsClient.LINEITEM);
        JsonNode body = new ObjectMapper().readTree(post.body());
        assertThat(body.get("label").asText()).isEqualTo("Fractions");
        assertThat(body.get("scoreMaximum").asDouble()).isEqualTo(4.0);
        assertThat(body.get("tag").asText()).isEqualTo("cairn-standard");
        assertThat(body.get("resourceId").asText()).isEqualTo("cairn:standard:1");
    }

    @Test
    void doesNotCreateWhatItFinds() {
        platform.answer(CANVAS_ITEMS, container("canvas_ags_lineitems_GET.json"));

        ags.findOrCreate(platform.client(), platform.uri(CANVAS_ITEMS), new NewLineItem("Score", 100, "score", null));

        assertThat(platform.received(CANVAS_ITEMS)).extracting(FakePlatform.Received::method).containsExactly("GET");
    }

    @Test
    void updatesLabelAndMaximumWithAPut() throws Exception {
        URI item = platform.uri(CANVAS_ITEMS + "/1");
        platform.answer(CANVAS_ITEMS + "/1", Answer.json(AgsClient.LINEITEM, "{\"id\": \"" + item
                + "\", \"label\": \"Renamed\", \"scoreMaximum\": 5, \"tag\": \"score\"}"));

        AgsLineItem updated = ags.update(platform.client(), new AgsLineItem(item, "Score", 100, Optional.of("score"),
                Optional.empty(), Optional.empty()), "Renamed", 5);

        assertThat(updated.label()).isEqualTo("Renamed");
        FakePlatform.Received put = platform.received(CANVAS_ITEMS + "/1").get(0);
        assertThat(put.method()).isEqualTo("PUT");
        JsonNode body = new ObjectMapper().readTree(put.body());
        assertThat(body.get("id").asText()).isEqualTo(item.toString());
        assertThat(body.get("scoreMaximum").asDouble()).isEqualTo(5.0);
        assertThat(body.get("tag").asText()).isEqualTo("score");
    }

    @Test
    void readsCanvasResults() {
        platform.answer(CANVAS_ITEMS + "/1/results", Answer.json(AgsClient.RESULT_CONTAINER, platform.fixture("canvas_ags_results_GET.json")));

        List<AgsResult> results = ags.results(platform.client(), platform.uri(CANVAS_ITEMS + "/1"));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.userId()).isEqualTo("20eb59f5-26e8-46bc-87b0-57ed54820aeb");
            assertThat(result.resultScore()).contains(13.0);
            assertThat(result.resultMaximum()).contains(100.0);
        });
        assertThat(platform.received(CANVAS_ITEMS + "/1/results").get(0).header("Accept")).isEqualTo(AgsClient.RESULT_CONTAINER);
    }

    @Test
    void readsMoodleResultsPagedAndWithoutScore() throws Exception {
        JsonNode wrapped = new ObjectMapper().readTree(platform.fixture("moodle_ags_results_GET.json"));
        String path = MOODLE_ITEMS + "/2/lineitem/results";
        platform.answer(path,
                Answer.json(AgsClient.RESULT_CONTAINER, wrapped.get(0).get("results").toString())
                        .withHeader("Link", "<" + platform.uri(path + "?type_id=1&page=2") + ">; rel=\"next\""),
                Answer.json(AgsClient.RESULT_CONTAINER, wrapped.get(1).get("results").toString()));

        List<AgsResult> results = ags.results(platform.client(), platform.uri(MOODLE_ITEMS + "/2/lineitem?type_id=1"));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).resultScore()).isEmpty();
        assertThat(results.get(1).resultScore()).contains(100.0);
        assertThat(platform.received(path).get(0).uri().getQuery()).isEqualTo("type_id=1");
        assertThat(platform.received("/token").get(0).body()).contains("result.readonly");
    }

    @Test
    void postsAScoreToTheScoresPathWithTheScoreMediaType() throws Exception {
        platform.answer(MOODLE_ITEMS + "/16/lineitem/scores", Answer.status(204, ""));

        ags.postScore(platform.client(), platform.uri(MOODLE_ITEMS + "/16/lineitem?type_id=1"),
                new Score("2", 3.5, 4, "Secure on fractions", Instant.parse("2026-03-02T08:00:00.123456Z")));

        FakePlatform.Received post = platform.received(MOODLE_ITEMS + "/16/lineitem/scores").get(0);
        assertThat(post.uri().getQuery()).isEqualTo("type_id=1");
        assertThat(post.header("Content-Type")).isEqualTo(AgsClient.SCORE);
        JsonNode body = new ObjectMapper().readTree(post.body());
        assertThat(body.get("userId").asText()).isEqualTo("2");
        assertThat(body.get("scoreGiven").asDouble()).isEqualTo(3.5);
        assertThat(body.get("scoreMaximum").asDouble()).isEqualTo(4.0);
        assertThat(body.get("comment").asText()).isEqualTo("Secure on fractions");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-03-02T08:00:00.123Z");
        assertThat(body.get("activityProgress").asText()).isEqualTo("Completed");
        assertThat(body.get("gradingProgress").asText()).isEqualTo("FullyGraded");
        assertThat(platform.received("/token").get(0).body()).contains("lti-ags%2Fscope%2Fscore");
    }

    @Test
    void acceptsCanvasScoreResponseBody() {
        platform.answer(CANVAS_ITEMS + "/1/scores", Answer.json("application/json", platform.fixture("canvas_ags_score_POST_response.json")));

        ags.postScore(platform.client(), platform.uri(CANVAS_ITEMS + "/1"), new Score("u", 1, 4, null, clock.instant()));

        assertThat(platform.received(CANVAS_ITEMS + "/1/scores")).hasSize(1);
    }

    @Test
    void timestampsAlwaysCarryMilliseconds() {
        String body = AgsClient.scoreBody(new Score("u", 1, 4, null, Instant.parse("2026-03-02T08:00:00Z")));

        assertThat(body).contains("\"timestamp\":\"2026-03-02T08:00:00.000Z\"").doesNotContain("comment");
    }

    @Test
    void aLineItemContainerThatIsNotJsonIsABadResponse() {
        platform.answer(CANVAS_ITEMS, new Answer(200, java.util.Map.of("Content-Type", "text/html"), "<html>login</html>"));

        assertThatThrownBy(() -> ags.find(platform.client(), platform.uri(CANVAS_ITEMS), "t", null))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.BAD_RESPONSE));
    }

    @Test
    void moodlesEmptyLineItemClaimMeansNone() {
        AgsEndpoint endpoint = AgsEndpoint.of("http://localhost/moodle/mod/lti/services.php/2/lineitems?type_id=1", "",
                List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE));

        assertThat(endpoint.lineItem()).isEmpty();
        assertThat(endpoint.managesLineItems()).isTrue();
        assertThat(endpoint.postsScores()).isTrue();
    }
}
