package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.cairn.lti.launch.control.TargetLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** target_link_uri must be one of Cairn's own URLs: same origin, allow-listed path. */
class TargetLinksTest {

    static final URI BASE = URI.create("https://cairn.example.org");

    @ParameterizedTest
    @ValueSource(strings = {"https://cairn.example.org/lti/launch", "https://cairn.example.org/",
            "https://cairn.example.org", "https://CAIRN.example.org:443/course", "https://cairn.example.org/course/42?x=1"})
    void acceptsOwnLaunchUrls(String target) {
        assertThat(TargetLinks.ownUrl(target, BASE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/lti/launch", "javascript:alert(1)", "https://cairn.example.org.evil.example/",
            "https://evil.example/lti/launch", "http://cairn.example.org/lti/launch", "https://cairn.example.org:8443/",
            "https://cairn.example.org@evil.example/", "https://user@cairn.example.org/", "/lti/launch",
            "https://cairn.example.org/admin", "https://cairn.example.org//evil.example",
            "https://cairn.example.org/course/../admin", "https://cairn.example.org/%2e%2e/admin",
            "https://cairn.example.org\\@evil.example/", "https://cairn.example.org/lti/launch\n", "data:text/html,x",
            "https://cairn.example.org/coursework"})
    void refusesAnythingElse(String target) {
        assertThat(TargetLinks.ownUrl(target, BASE)).isEmpty();
    }
}
