package org.cairn.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

    @Test
    void dropsTrailingSlashes() {
        assertThat(BaseUrl.parse("https://cairn.example.org/").toString()).isEqualTo("https://cairn.example.org");
    }

    @Test
    void keepsAPathPrefix() {
        assertThat(BaseUrl.parse("https://example.org/cairn").toString()).isEqualTo("https://example.org/cairn");
    }

    @Test
    void refusesRelativeOrOtherSchemes() {
        assertThatThrownBy(() -> BaseUrl.parse("/cairn")).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> BaseUrl.parse("ftp://example.org")).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> BaseUrl.parse("https://example.org/?x=1")).hasMessageContaining("absolute http(s) URL");
    }
}
