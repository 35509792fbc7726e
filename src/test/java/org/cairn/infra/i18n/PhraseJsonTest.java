package org.cairn.infra.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cairn.infra.web.JsonMapping;
import org.junit.jupiter.api.Test;

/** Phrases kept inside JSON that Jackson writes (a rotation grouping's stored result) read back whole. */
class PhraseJsonTest {

    private final ObjectMapper json = JsonMapping.create();

    @Test
    void aPhraseWithAPhraseAmongItsArgumentsReadsBackAsWritten() throws Exception {
        Phrase written = Phrase.of("grades.server.mappingProblem", "Quiz 3", Phrase.of("plans.per.WEEK"));

        Phrase read = json.readValue(json.writeValueAsString(written), Phrase.class);

        assertThat(read).isEqualTo(written);
        assertThat(read.in(Messages.SPANISH)).isEqualTo(written.in(Messages.SPANISH));
    }
}
