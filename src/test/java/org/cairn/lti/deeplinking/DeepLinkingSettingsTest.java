package org.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.lti.deeplinking.entity.DeepLinkingSettings;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.junit.jupiter.api.Test;

class DeepLinkingSettingsTest {

    private static Map<String, Object> settings() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("deep_link_return_url", "https://canvas.example/courses/1/deep_linking_response");
        claim.put("accept_types", List.of("ltiResourceLink"));
        claim.put("accept_presentation_document_targets", List.of("iframe"));
        claim.put("data", "csrf-abc");
        return claim;
    }

    @Test
    void readsTheReturnUrlAndDataAndTakesSeveralItemsWhenAcceptMultipleIsAbsent() {
        DeepLinkingSettings read = DeepLinkingSettings.from(settings());
        assertThat(read.returnUrl()).hasToString("https://canvas.example/courses/1/deep_linking_response");
        assertThat(read.data()).isEqualTo("csrf-abc");
        assertThat(read.acceptMultiple()).isTrue();
    }

    @Test
    void acceptMultipleFalseMeansOneItem() {
        Map<String, Object> claim = settings();
        claim.put("accept_multiple", false);
        assertThat(DeepLinkingSettings.from(claim).acceptMultiple()).isFalse();
    }

    @Test
    void aMissingClaimIsRefusedNamingIt() {
        assertThatThrownBy(() -> DeepLinkingSettings.from(null)).isInstanceOf(LaunchRejected.class)
                .hasMessageContaining("deep_linking_settings")
                .satisfies(e -> assertThat(((LaunchRejected) e).reason()).isEqualTo(Reason.DEEP_LINKING_SETTINGS));
    }

    @Test
    void aReturnUrlThatIsNotAnAbsoluteHttpUrlIsRefused() {
        for (String bad : new String[] {"/relative", "javascript:alert(1)", "ftp://lms.example/x", "https:///nohost"}) {
            Map<String, Object> claim = settings();
            claim.put("deep_link_return_url", bad);
            assertThatThrownBy(() -> DeepLinkingSettings.from(claim)).as(bad)
                    .hasMessageContaining("deep_link_return_url");
        }
    }

    @Test
    void platformsThatDoNotAcceptResourceLinksOrFramesAndWindowsAreRefused() {
        Map<String, Object> types = settings();
        types.put("accept_types", List.of("file"));
        assertThatThrownBy(() -> DeepLinkingSettings.from(types)).hasMessageContaining("accept_types");
        Map<String, Object> targets = settings();
        targets.put("accept_presentation_document_targets", List.of("embed"));
        assertThatThrownBy(() -> DeepLinkingSettings.from(targets))
                .hasMessageContaining("accept_presentation_document_targets");
    }
}
