package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.cairn.lti.registration.RegistrationFailed.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenIdConfigurationTest {

    private static final URI CANVAS_URL = URI.create("http://canvas.instructure.com/api/lti/security/openid-configuration");

    @Test
    void readsCanvasConfiguration() {
        OpenIdConfiguration config = OpenIdConfiguration.parse(Fixtures.lti("canvas_dynreg_openid_configuration.json"), CANVAS_URL);
        assertThat(config.issuer()).isEqualTo("http://canvas.instructure.com");
        assertThat(config.registrationEndpoint()).hasToString("http://canvas.instructure.com/api/lti/registrations");
        assertThat(config.productFamilyCode()).isEqualTo("canvas");
        assertThat(config.isCanvas()).isTrue();
        assertThat(config.displayName()).isEqualTo("Test University");
        assertThat(config.scopesSupported()).contains(LtiScopes.NRPS_CONTEXTMEMBERSHIP_READONLY);
    }

    @Test
    void readsTheSpecificationsMockPlatformDespiteItsTypoField() {
        OpenIdConfiguration config = OpenIdConfiguration.parse(Fixtures.lti("spec-example-mock_dynreg_openid_configuration.json"),
                URI.create("http://localhost/moodledyn/openid-configuration"));
        assertThat(config.productFamilyCode()).isEqualTo("examplelms");
        assertThat(config.displayName()).isEqualTo("examplelms at localhost");
    }

    @Test
    void refusesAnIssuerOnAnotherHost() {
        assertThatThrownBy(() -> OpenIdConfiguration.parse(Fixtures.lti("canvas_dynreg_openid_configuration.json"),
                URI.create("https://evil.example.com/openid-configuration")))
                .isInstanceOfSatisfying(RegistrationFailed.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ISSUER_MISMATCH);
                    assertThat(e.getMessage()).contains("canvas.instructure.com").contains("evil.example.com");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint",
            "https://purl.imsglobal.org/spec/lti-platform-configuration"})
    void refusesAConfigurationMissingARequiredField(String field) {
        ObjectNode config = Fixtures.lti("canvas_dynreg_openid_configuration.json").deepCopy();
        config.remove(field);
        assertThatThrownBy(() -> OpenIdConfiguration.parse(config, CANVAS_URL))
                .isInstanceOf(RegistrationFailed.class).hasMessageContaining(field);
    }

    @Test
    void refusesARelativeEndpoint() {
        ObjectNode config = Fixtures.lti("canvas_dynreg_openid_configuration.json").deepCopy();
        config.put("jwks_uri", "/login/oauth2/jwks");
        assertThatThrownBy(() -> OpenIdConfiguration.parse(config, CANVAS_URL))
                .isInstanceOf(RegistrationFailed.class).hasMessageContaining("jwks_uri");
    }

    @Test
    void refusesSomethingThatIsNotAnObject() {
        assertThatThrownBy(() -> OpenIdConfiguration.parse(Fixtures.JSON.createArrayNode(), CANVAS_URL))
                .isInstanceOf(RegistrationFailed.class);
    }
}
