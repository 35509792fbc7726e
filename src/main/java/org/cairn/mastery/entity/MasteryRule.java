package org.cairn.mastery.entity;

import org.cairn.infra.i18n.Phrase;

/**
 * A rule of the mastery domain that an intention broke, in words for the person who tried: the entities' guards
 * throw {@link Invalid} (a value they refuse) or {@link NotNow} (a change the evidence's state does not allow) with
 * the sentence as a {@link Phrase} of mastery*.properties, which {@code MasteryRefused.guard} answers in the
 * reader's language. They stay an {@link IllegalArgumentException} and an {@link IllegalStateException}, with the
 * English sentence as their message, for everyone else.
 */
public final class MasteryRule {

    private MasteryRule() {
    }

    /** A guard's refusal that carries its sentence. */
    public interface Phrased {
        Phrase phrase();
    }

    /** A value the domain refuses (answered 400). */
    public static final class Invalid extends IllegalArgumentException implements Phrased {
        private final transient Phrase phrase;

        Invalid(String key, Object... arguments) {
            this(Phrase.of(key, arguments));
        }

        private Invalid(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** A change the current state does not allow (answered 409). */
    public static final class NotNow extends IllegalStateException implements Phrased {
        private final transient Phrase phrase;

        NotNow(String key, Object... arguments) {
            this(Phrase.of(key, arguments));
        }

        private NotNow(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** An evidence status as a problem sentence names it (the English is the enum's name, as the API's JSON has it). */
    static Phrase status(EvidenceStatus status) {
        return Phrase.of("mastery.problem.status." + status.name());
    }
}
