package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.registration.RegistrationFailed.Reason;

/**
 * A platform's OpenID configuration as Dynamic Registration 1.0 §3.4 describes it, validated: the fields Cairn
 * needs are present and absolute URLs, and the issuer is on the host the configuration was fetched from.
 */
public record OpenIdConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                  URI registrationEndpoint, List<String> scopesSupported, String productFamilyCode,
                                  Optional<String> accountName, Optional<String> authorizationServer, JsonNode raw) {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final String CANVAS_ACCOUNT_NAME = "https://canvas.instructure.com/lti/account_name";

    public static OpenIdConfiguration parse(JsonNode json, URI fetchedFrom) {
        if (json == null || !json.isObject()) {
            throw invalid(Phrase.of("register.server.failed.notObject", fetchedFrom.toString()));
        }
        String issuer = text(json, "issuer", fetchedFrom);
        URI issuerUri = absolute(issuer, "issuer", fetchedFrom);
        // Dynamic Registration 1.0 §3.5.1: the issuer must be consistent with where the configuration came from;
        // otherwise any site could claim to be a known platform's issuer.
        if (!issuerUri.getHost().equalsIgnoreCase(fetchedFrom.getHost())) {
            throw new RegistrationFailed(Reason.ISSUER_MISMATCH, Phrase.of("register.server.failed.issuerHost",
                    issuer, fetchedFrom.getHost(), fetchedFrom.toString()));
        }
        URI authorization = absolute(text(json, "authorization_endpoint", fetchedFrom), "authorization_endpoint", fetchedFrom);
        URI token = absolute(text(json, "token_endpoint", fetchedFrom), "token_endpoint", fetchedFrom);
        URI jwks = absolute(text(json, "jwks_uri", fetchedFrom), "jwks_uri", fetchedFrom);
        URI registration = absolute(text(json, "registration_endpoint", fetchedFrom), "registration_endpoint", fetchedFrom);
        JsonNode platform = json.get(PLATFORM_CONFIGURATION);
        if (platform == null || !platform.isObject()) {
            throw invalid(Phrase.of("register.server.failed.notLti", fetchedFrom.toString(), PLATFORM_CONFIGURATION));
        }
        String family = platform.path("product_family_code").asText("").trim();
        List<String> scopes = new ArrayList<>();
        json.path("scopes_supported").forEach(s -> scopes.add(s.asText()));
        Optional<String> accountName = Optional.of(platform.path(CANVAS_ACCOUNT_NAME).asText("").trim()).filter(s -> !s.isEmpty());
        Optional<String> authorizationServer = Optional.of(json.path("authorization_server").asText("").trim()).filter(s -> !s.isEmpty());
        return new OpenIdConfiguration(issuer, authorization, token, jwks, registration, List.copyOf(scopes),
                family.isEmpty() ? "other" : family.toLowerCase(Locale.ROOT), accountName, authorizationServer, json);
    }

    public boolean isCanvas() {
        return "canvas".equals(productFamilyCode);
    }

    /** A name for the operator's list: Canvas's account name, or the product family and the issuer's host. */
    public String displayName() {
        return accountName.orElseGet(() -> productFamilyCode + " at " + URI.create(issuer).getHost());
    }

    private static String text(JsonNode json, String field, URI from) {
        JsonNode node = json.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw invalid(Phrase.of("register.server.failed.noField", from.toString(), field));
        }
        return node.asText().trim();
    }

    private static URI absolute(String value, String field, URI from) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw invalid(Phrase.of("register.server.failed.fieldNotUrl", from.toString(), field, value));
    }

    private static RegistrationFailed invalid(Phrase detail) {
        return new RegistrationFailed(Reason.INVALID_CONFIGURATION, detail);
    }
}
