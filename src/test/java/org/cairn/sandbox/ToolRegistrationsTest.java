package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.cairn.sandbox.control.ToolRegistrations;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Tool;
import org.junit.jupiter.api.Test;

class ToolRegistrationsTest {

    private static ObjectNode canvasRequest() throws Exception {
        try (InputStream in = ToolRegistrationsTest.class.getResourceAsStream(
                "/fixtures/lti/canvas_dynreg_registration_request.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    @Test
    void readsARealRegistrationRequest() throws Exception {
        Tool tool = ToolRegistrations.read(canvasRequest());
        assertThat(tool.clientId()).startsWith("sbx-");
        assertThat(tool.deploymentId()).isNotBlank();
        assertThat(tool.redirectUris()).containsExactly("http://tool.com/launch");
        assertThat(tool.jwksUri()).hasToString("http://tool.com/jwks");
        assertThat(tool.scopes()).containsExactlyInAnyOrder(Lti.SCOPE_NRPS, Lti.SCOPE_LINEITEM_READONLY);
    }

    @Test
    void eachRegistrationGetsItsOwnClientId() throws Exception {
        assertThat(ToolRegistrations.read(canvasRequest()).clientId())
                .isNotEqualTo(ToolRegistrations.read(canvasRequest()).clientId());
    }

    @Test
    void refusesARegistrationWithoutAJwksUri() throws Exception {
        ObjectNode body = canvasRequest();
        body.remove("jwks_uri");
        assertThatThrownBy(() -> ToolRegistrations.read(body)).hasMessageContaining("jwks_uri");
    }

    @Test
    void refusesAnotherClientAuthenticationMethod() throws Exception {
        ObjectNode body = canvasRequest();
        body.put("token_endpoint_auth_method", "client_secret_basic");
        assertThatThrownBy(() -> ToolRegistrations.read(body)).hasMessageContaining("private_key_jwt");
    }

    @Test
    void redirectUrisAreMatchedExactly() throws Exception {
        Tool tool = ToolRegistrations.read(canvasRequest());
        assertThat(tool.registeredRedirect("http://tool.com/launch")).isTrue();
        assertThat(tool.registeredRedirect("http://tool.com/launch/")).isFalse();
        assertThat(tool.registeredRedirect("http://tool.com/launch?x=1")).isFalse();
    }
}
