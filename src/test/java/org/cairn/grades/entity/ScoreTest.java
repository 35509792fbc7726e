package org.cairn.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.cairn.grades.control.AgsClient;
import org.junit.jupiter.api.Test;

class ScoreTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00.123Z");

    @Test
    void aClearedScoreIsSentWithoutScoreGivenSoTheLmsEmptiesTheCell() throws Exception {
        JsonNode body = new ObjectMapper().readTree(AgsClient.scoreBody(Score.cleared("sub-1", 4, AT)));
        assertThat(body.has("scoreGiven")).isFalse();
        assertThat(body.has("scoreMaximum")).isFalse();
        assertThat(body.get("userId").asText()).isEqualTo("sub-1");
        assertThat(body.get("activityProgress").asText()).isEqualTo("Initialized");
        assertThat(body.get("gradingProgress").asText()).isEqualTo("NotReady");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-03-02T08:00:00.123Z");
    }

    @Test
    void aLevelIsSentAsAFinalGrade() throws Exception {
        JsonNode body = new ObjectMapper().readTree(AgsClient.scoreBody(new Score("sub-1", 3, 4, null, AT)));
        assertThat(body.get("scoreGiven").asDouble()).isEqualTo(3.0);
        assertThat(body.get("scoreMaximum").asDouble()).isEqualTo(4.0);
        assertThat(body.get("activityProgress").asText()).isEqualTo("Completed");
        assertThat(body.get("gradingProgress").asText()).isEqualTo("FullyGraded");
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertThatThrownBy(() -> new Score("sub-1", -1, 4, null, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnIsRenamedOnlyWhenTheLmsLabelDiffers() {
        NewLineItem wanted = new NewLineItem("RP.1 Ratios", 4, "cairn-standard", "cairn:standard:x");
        Score score = new Score("s", 3, 4, null, AT);
        Optional<URI> url = Optional.of(URI.create("https://lms.example/items/1"));
        assertThat(new ClaimedDelivery(null, null, null, url, Optional.empty(), wanted, score, 0, Optional.empty(),
                Optional.of("RP.1 Old wording")).renamed()).isTrue();
        assertThat(new ClaimedDelivery(null, null, null, url, Optional.empty(), wanted, score, 0, Optional.empty(),
                Optional.of("RP.1 Ratios")).renamed()).isFalse();
        assertThat(new ClaimedDelivery(null, null, null, Optional.empty(), Optional.empty(), wanted, score, 0, Optional.empty(),
                Optional.empty()).renamed()).as("not in the LMS yet: it is created with the new label").isFalse();
    }

    @Test
    void aResultIsTheSameOneByItsTimestampOrElseByItsScore() {
        AgsResult stamped = new AgsResult("u", Optional.of(8.0), Optional.of(10.0), Optional.empty(), Optional.of("2026-03-02T08:00:00Z"));
        AgsResult plain = new AgsResult("u", Optional.of(8.0), Optional.of(10.0), Optional.empty());
        assertThat(stamped.key()).isEqualTo("t:2026-03-02T08:00:00Z");
        assertThat(plain.key()).isEqualTo("s:8.0/10.0");
        assertThat(new AgsResult("u", Optional.of(9.0), Optional.of(10.0), Optional.empty()).key()).isNotEqualTo(plain.key());
    }
}
