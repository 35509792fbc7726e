package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.cairn.sandbox.control.Paging;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final URI BASE = URI.create("http://127.0.0.1:1/sandbox/api/courses/c/memberships");
    private static final List<Integer> HUNDRED_FIFTY = IntStream.range(0, 150).boxed().toList();

    @Test
    void defaultsToAHundredPerPage() {
        assertThat(Paging.of(null, null).slice(HUNDRED_FIFTY)).hasSize(100);
        assertThat(Paging.of(null, 2).slice(HUNDRED_FIFTY)).hasSize(50).startsWith(100);
    }

    @Test
    void theFirstPageLinksToTheNextWithTheSameLimitAndKeptFilters() {
        String link = Paging.of(40, 1).link(BASE, List.of("role=x"), 150).orElseThrow();
        assertThat(link).contains("<" + BASE + "?role=x&limit=40&page=2>; rel=\"next\"")
                .contains("page=4>; rel=\"last\"");
    }

    @Test
    void theLastPageHasNoNextLink() {
        Paging last = Paging.of(50, 3);
        assertThat(last.hasNext(150)).isFalse();
        assertThat(last.link(BASE, List.of(), 150).orElseThrow()).doesNotContain("rel=\"next\"")
                .contains("page=2>; rel=\"prev\"");
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        assertThat(Paging.of(100, 9).slice(HUNDRED_FIFTY)).isEmpty();
    }

    @Test
    void refusesANonPositiveLimitAndCapsAHugeOne() {
        assertThatThrownBy(() -> Paging.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Paging.of(1_000_000, 1).limit()).isEqualTo(Paging.MAX_LIMIT);
    }
}
