package org.cairn.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A registration's refusals keep their English message and carry the sentence for the operator's language. */
class RegistrationValuesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void anEndpointThatIsNotHttpIsRefusedInTheOperatorsLanguage() {
        var refused = catchThrowableOfType(RegistrationValueRefused.class, () -> new PlatformEndpoints(
                URI.create("ftp://lms.example.edu/auth"), null, null, URI.create("https://lms.example.edu/jwks")));

        assertThat(refused.getMessage()).isEqualTo("The authorization endpoint must be an absolute http(s) URL, not "
                + "'ftp://lms.example.edu/auth'");
        assertThat(refused.phrase().in(Messages.SPANISH)).isEqualTo("El endpoint de autorización debe ser una URL http(s) "
                + "absoluta, no 'ftp://lms.example.edu/auth'");
    }

    @Test
    void aFrameOriginWithAPathIsRefusedInSpanishToo() {
        Registration registration = new Registration("https://lms.example.edu", "client-1", "LMS", "moodle",
                new PlatformEndpoints(URI.create("https://lms.example.edu/auth"), null, null,
                        URI.create("https://lms.example.edu/jwks")),
                RegistrationStatus.ACTIVE, UnknownDeploymentPolicy.REFUSE, RegistrationSource.MANUAL, NOW);

        var refused = catchThrowableOfType(RegistrationValueRefused.class,
                () -> registration.allowFramingFrom(List.of("https://lms.example.edu/course"), NOW));

        assertThat(refused.getMessage()).startsWith("'https://lms.example.edu/course' is not an origin such as");
        assertThat(refused.phrase().in(Messages.SPANISH)).startsWith("'https://lms.example.edu/course' no es un origen como "
                + "https://lms.example.edu o https://*.example.edu");
    }

    @Test
    void aMissingNameIsRequiredInSpanish() {
        var refused = catchThrowableOfType(RegistrationValueRefused.class, () -> new Registration("https://lms.example.edu",
                "client-1", " ", "moodle", new PlatformEndpoints(URI.create("https://lms.example.edu/auth"), null, null,
                        URI.create("https://lms.example.edu/jwks")),
                RegistrationStatus.ACTIVE, UnknownDeploymentPolicy.REFUSE, RegistrationSource.MANUAL, NOW));

        assertThat(refused.getMessage()).isEqualTo("name is required");
        assertThat(refused.phrase().in(Messages.SPANISH)).isEqualTo("El nombre es obligatorio");
    }
}
