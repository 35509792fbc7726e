package org.cairn.infra.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhraseTextTest {

    @Test
    void aPhraseWithAPhraseInsideReadsBackEqualAndPhrasesInEitherLanguage() {
        Phrase stored = Phrase.of("plans.server.target.countPer", "20", "minutes", "4", Phrase.of("plans.per.WEEK"));
        String text = PhraseText.write(stored);
        assertThat(text).isEqualTo("{\"key\":\"plans.server.target.countPer\",\"arguments\":[\"20\",\"minutes\",\"4\","
                + "{\"key\":\"plans.per.WEEK\",\"arguments\":[]}]}");
        Phrase back = PhraseText.read(text);
        assertThat(back).isEqualTo(stored);
        assertThat(back.in(Messages.SPANISH)).isEqualTo(stored.in(Messages.SPANISH));
    }

    @Test
    void aVeryLongArgumentIsCut() {
        Phrase read = PhraseText.read(PhraseText.write(Phrase.of("infra.server.asWritten", "x".repeat(5000))));
        assertThat((String) read.arguments().get(0)).hasSize(PhraseText.MAX_ARGUMENT).endsWith("…");
    }

    @Test
    void noPhraseIsNoText() {
        assertThat(PhraseText.write(null)).isNull();
        assertThat(PhraseText.read(null)).isNull();
        assertThat(PhraseText.read(" ")).isNull();
    }

    @Test
    void textThatIsNoPhraseSaysSo() {
        assertThatThrownBy(() -> PhraseText.read("the LMS said no")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the LMS said no");
        assertThatThrownBy(() -> PhraseText.read("{\"arguments\":[]}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRowWithoutAPhraseShowsTheSentenceItKeptBeforeAsWritten() {
        Phrase stored = Phrase.of("plans.per.WEEK");

        assertThat(PhraseText.read(PhraseText.write(stored), "old sentence")).isEqualTo(stored);
        assertThat(PhraseText.read(null, "The LMS said no").in(Messages.SPANISH)).isEqualTo("The LMS said no");
        assertThat(PhraseText.read(null, null)).isNull();
    }
}
