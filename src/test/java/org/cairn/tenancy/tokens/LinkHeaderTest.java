package org.cairn.tenancy.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final URI PAGE = URI.create("https://lms.example/api/lti/courses/1/names_and_roles?page=2");

    @Test
    void readsCanvasLinksAllInOneHeader() {
        LinkHeader links = LinkHeader.parse(List.of("<http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10>; "
                + "rel=\"current\",<http://canvas.docker/api/lti/courses/1/names_and_roles?page=2&per_page=10>; rel=\"next\","
                + "<http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"first\""));

        assertThat(links.links()).hasSize(3);
        assertThat(links.target("next")).contains("http://canvas.docker/api/lti/courses/1/names_and_roles?page=2&per_page=10");
    }

    @Test
    void readsLinksSpreadOverSeveralHeaders() {
        LinkHeader links = LinkHeader.parse(List.of("<https://lms.example/a>; rel=first", "<https://lms.example/b>; rel=next"));

        assertThat(links.target("next")).contains("https://lms.example/b");
        assertThat(links.target("first")).contains("https://lms.example/a");
    }

    @Test
    void quotedParametersMayHoldCommasAndSemicolons() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://lms.example/a>; title=\"page; one, really\"; rel=\"prev\", <https://lms.example/b>;rel=\"next\""));

        assertThat(links.links().get(0).parameters()).containsEntry("title", "page; one, really");
        assertThat(links.target("next")).contains("https://lms.example/b");
    }

    @Test
    void aRelMayNameSeveralRelationTypes() {
        LinkHeader links = LinkHeader.parse(List.of("<https://lms.example/x>; rel=\"last next\""));

        assertThat(links.target("next")).contains("https://lms.example/x");
        assertThat(links.target("last")).contains("https://lms.example/x");
    }

    @Test
    void relationTypesCompareCaseInsensitively() {
        assertThat(LinkHeader.parse(List.of("<https://lms.example/x>; REL=\"Next\"")).target("next")).isPresent();
    }

    @Test
    void onlyTheFirstRelParameterCounts() {
        assertThat(LinkHeader.parse(List.of("<https://lms.example/x>; rel=prev; rel=next")).target("next")).isEmpty();
    }

    @Test
    void resolvesRelativeTargetsAgainstThePage() {
        LinkHeader links = LinkHeader.parse(List.of("</api/lti/courses/1/names_and_roles?page=3>; rel=\"next\""));

        assertThat(links.resolve("next", PAGE)).contains(URI.create("https://lms.example/api/lti/courses/1/names_and_roles?page=3"));
    }

    @Test
    void readsTheDifferencesLink() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://lms.example/m?since=2020>; rel=\"differences\", <https://lms.example/m?page=2>; rel=\"next\""));

        assertThat(links.resolve("differences", PAGE)).contains(URI.create("https://lms.example/m?since=2020"));
    }

    @Test
    void noHeaderMeansNoLinks() {
        assertThat(LinkHeader.parse(List.of()).target("next")).isEmpty();
    }

    @Test
    void aValueWithoutAngleBracketsIsRefused() {
        assertThatThrownBy(() -> LinkHeader.parse(List.of("https://lms.example/x; rel=next")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<target>");
    }

    @Test
    void anUnparsableTargetIsRefusedByName() {
        LinkHeader links = LinkHeader.parse(List.of("<https://lms example/x y>; rel=next"));

        assertThatThrownBy(() -> links.resolve("next", PAGE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://lms example/x y");
    }
}
