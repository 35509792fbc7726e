package org.cairn.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupInUntrustedText() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void escapesNumbersAndNullsWithoutFailing() {
        assertThat(Html.escape(42)).isEqualTo("42");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void jsonInAScriptElementCannotCloseIt() {
        assertThat(Html.scriptSafeJson("{\"name\":\"</script><script>x()</script>\"}"))
                .doesNotContain("</script>").contains("\\u003c/script\\u003e");
    }
}
