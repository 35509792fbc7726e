package org.cairn.infra.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyEnglishMessageHasASpanishOne() {
        var english = Messages.forLocale(Locale.ENGLISH).all().keySet();
        var spanish = Messages.forLocale(Messages.SPANISH).all().keySet();
        assertThat(spanish).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyFeatureBundleHasASpanishTwin() throws Exception {
        for (String name : Messages.BUNDLES) {
            boolean english = getClass().getClassLoader().getResource("i18n/" + name + ".properties") != null;
            boolean spanish = getClass().getClassLoader().getResource("i18n/" + name + "_es.properties") != null;
            assertThat(spanish).as("i18n/%s_es.properties exists when i18n/%s.properties does", name, name).isEqualTo(english);
        }
    }

    @Test
    void spanishMessagesAreSpanish() {
        assertThat(Messages.forLocale(Messages.SPANISH).get("shell.skip")).isEqualTo("Saltar al contenido principal");
    }

    @Test
    void regionalSpanishAndUnknownLanguagesMapToSupportedOnes() {
        assertThat(Messages.supported("es-MX")).isEqualTo(Messages.SPANISH);
        assertThat(Messages.supported("es_419")).isEqualTo(Messages.SPANISH);
        assertThat(Messages.supported("fr-CA")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported((String) null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void formatsArguments() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("shell.error", "timeout")).isEqualTo("Something went wrong: timeout");
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailing() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("no.such.key")).isEqualTo("no.such.key");
    }
}
