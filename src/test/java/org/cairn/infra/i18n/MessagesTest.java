package org.cairn.infra.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aDateInASentenceIsWrittenAsTheLanguageWritesIt() {
        java.time.LocalDate date = java.time.LocalDate.of(2026, 12, 7);

        assertThat(Messages.forLocale(Messages.ENGLISH).longDate(date)).isEqualTo("December 7, 2026");
        assertThat(Messages.forLocale(Messages.SPANISH).longDate(date)).isEqualTo("7 de diciembre de 2026");
    }

    @Test
    void theMostWantedLanguageOfAnAcceptLanguageHeaderDecidesAndAnythingButSpanishIsEnglish() {
        assertThat(Messages.accepted("es-MX,en;q=0.5")).isEqualTo(Messages.SPANISH);
        assertThat(Messages.accepted("en;q=0.4, es")).isEqualTo(Messages.SPANISH);
        assertThat(Messages.accepted("es;q=0, en")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.accepted("fr, es;q=0.8")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.accepted("*")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.accepted(null)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.accepted("")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.accepted("es;q=banana")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.forAcceptLanguage("es").get("admin.title")).isEqualTo("Administración de Cairn");
    }

    @Test
    void everyEnglishMessageHasASpanishOne() throws Exception {
        // The files themselves: a loaded Spanish bundle falls back to the English one for a missing key.
        for (String name : Messages.BUNDLES) {
            Properties english = file(name + ".properties");
            Properties spanish = file(name + "_es.properties");
            assertThat(spanish.stringPropertyNames()).as("keys of i18n/%s_es.properties", name)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void patternsWithArgumentsWriteApostrophesTwice() throws Exception {
        // MessageFormat reads a lone apostrophe as the start of quoted text and drops it and the placeholders after it.
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String name : Messages.BUNDLES) {
            for (String suffix : new String[] {".properties", "_es.properties"}) {
                Properties messages = file(name + suffix);
                for (String key : messages.stringPropertyNames()) {
                    String pattern = messages.getProperty(key);
                    if (argument.matcher(pattern).find()) {
                        assertThat(loneApostrophe.matcher(pattern).find()).as("%s in i18n/%s%s: %s", key, name, suffix, pattern)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void pagesGetEveryMessageButTheServersProblemSentences() {
        var pages = Messages.forLocale(Messages.SPANISH).forPages();
        assertThat(pages).containsKey("shell.skip").containsKey("problem.simultaneous-save")
                .doesNotContainKey("infra.problem.nothingAt").doesNotContainKey("problemType.not-found");
    }

    private Properties file(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/" + name)) {
            if (in != null) properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
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
