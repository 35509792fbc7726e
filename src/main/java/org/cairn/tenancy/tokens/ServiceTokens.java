package org.cairn.tenancy.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;

/**
 * OAuth 2.0 client credentials tokens for LTI Advantage services (1EdTech Security Framework 1.0 §4.1), with an
 * RFC 7523 {@code private_key_jwt} client assertion signed by Cairn's tool key. Tokens are cached per
 * (registration, sorted scope set) until {@link #REFRESH_AHEAD} before they expire; a service that answers 401
 * makes the caller {@link #invalidate} and ask once more.
 */
public class ServiceTokens {

    /** A token is not used in its last minute, so it cannot expire between the cache and the platform. */
    public static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    /** 1EdTech Security Framework §4.1.1: the assertion lives at most five minutes. */
    public static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    public static final String USER_AGENT = "Cairn-LTI";

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());

    private final Supplier<RSAKey> signingKey;
    private final Clock clock;
    private final Duration timeout;
    private final Map<CacheKey, BearerToken> cache = new ConcurrentHashMap<>();

    public ServiceTokens(Supplier<RSAKey> signingKey, Clock clock, Duration timeout) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.clock = Objects.requireNonNull(clock);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** A bearer token for exactly these scopes, from the cache while it has more than a minute left. */
    public BearerToken token(ServiceClient client, Set<String> scopes) {
        CacheKey key = new CacheKey(client.registrationId(), new TreeSet<>(scopes));
        BearerToken cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.expiresAt().minus(REFRESH_AHEAD))) {
            return cached;
        }
        BearerToken fresh = request(client, key.scopes());
        cache.put(key, fresh);
        return fresh;
    }

    /** Forgets the token for these scopes: the platform said 401 to it. */
    public void invalidate(ServiceClient client, Set<String> scopes) {
        cache.remove(new CacheKey(client.registrationId(), new TreeSet<>(scopes)));
    }

    /** Forgets every token of a registration (its keys or endpoints changed). */
    public void invalidateAll(UUID registrationId) {
        cache.keySet().removeIf(key -> key.registrationId().equals(registrationId));
    }

    /** The client assertion: iss = sub = client id, aud = the platform's assertion audience, fresh jti, 5 min. */
    public PrivateKeyJWT assertion(ServiceClient client) {
        RSAKey key = signingKey();
        Instant now = clock.instant();
        ClientID clientId = new ClientID(client.clientId());
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(new Issuer(client.clientId()), clientId,
                List.of(new Audience(client.assertionAudience())), Date.from(now.plus(ASSERTION_LIFETIME)), null,
                Date.from(now), new JWTID(UUID.randomUUID().toString()));
        try {
            return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
        } catch (JOSEException e) {
            throw new ServiceTokenRefused(ServiceTokenRefused.Reason.NO_SIGNING_KEY,
                    Phrase.of("tenancy.problem.cannotSign", key.getKeyID(), String.valueOf(e.getMessage())));
        }
    }

    private RSAKey signingKey() {
        RSAKey key;
        try {
            key = signingKey.get();
        } catch (RuntimeException e) {
            key = null;
        }
        if (key == null || !key.isPrivate() || key.getKeyID() == null) {
            throw new ServiceTokenRefused(ServiceTokenRefused.Reason.NO_SIGNING_KEY, Phrase.of("tenancy.problem.noSigningKey"));
        }
        return key;
    }

    private BearerToken request(ServiceClient client, SortedSet<String> scopes) {
        URI endpoint = client.tokenEndpoint();
        if (endpoint == null) {
            throw new ServiceTokenRefused(ServiceTokenRefused.Reason.NO_TOKEN_ENDPOINT,
                    Phrase.of("tenancy.problem.noTokenEndpoint", client.clientId(), String.valueOf(client.issuer())));
        }
        PrivateKeyJWT assertion = assertion(client);
        TokenRequest tokenRequest = new TokenRequest(endpoint, assertion, new ClientCredentialsGrant(),
                new Scope(scopes.toArray(String[]::new)));
        HTTPRequest http = tokenRequest.toHTTPRequest();
        http.setConnectTimeout((int) timeout.toMillis());
        http.setReadTimeout((int) timeout.toMillis());
        http.setHeader("User-Agent", USER_AGENT);
        http.setHeader("Accept", "application/json");
        String jti = assertion.getJWTAuthenticationClaimsSet().getJWTID().getValue();
        LOG.fine(() -> "Requesting a service token from " + endpoint + " for client " + client.clientId()
                + " (kid " + assertion.getClientAssertion().getHeader().getKeyID() + ", jti " + jti + ", scopes " + scopes + ")");
        HTTPResponse response;
        try {
            response = http.send();
        } catch (SocketTimeoutException e) {
            throw new ServiceTokenRefused(ServiceTokenRefused.Reason.UNREACHABLE, Phrase.of("tenancy.problem.tokenNoAnswer",
                    String.valueOf(endpoint), String.valueOf(timeout.toSeconds())));
        } catch (IOException e) {
            throw new ServiceTokenRefused(ServiceTokenRefused.Reason.UNREACHABLE, Phrase.of("tenancy.problem.tokenUnreachable",
                    String.valueOf(endpoint), e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
        return parse(client, scopes, response);
    }

    private BearerToken parse(ServiceClient client, SortedSet<String> scopes, HTTPResponse response) {
        URI endpoint = client.tokenEndpoint();
        TokenResponse parsed;
        try {
            parsed = TokenResponse.parse(response);
        } catch (ParseException e) {
            throw unreadable(endpoint, response, String.valueOf(e.getMessage()));
        }
        if (!parsed.indicatesSuccess()) {
            throw refusal(client, scopes, response, ((TokenErrorResponse) parsed).getErrorObject());
        }
        AccessToken token = parsed.toSuccessResponse().getTokens().getAccessToken();
        long lifetime = token.getLifetime() > 0 ? token.getLifetime() : 3600;
        return new BearerToken(token.getValue(), clock.instant().plusSeconds(lifetime));
    }

    /** {@code why}: the parser's own words, or a phrase of Cairn's. */
    private static ServiceTokenRefused unreadable(URI endpoint, HTTPResponse response, Object why) {
        String type = response.getHeaderValue("Content-Type");
        return new ServiceTokenRefused(response.getStatusCode() >= 500 ? ServiceTokenRefused.Reason.SERVER_ERROR
                : ServiceTokenRefused.Reason.UNREADABLE_RESPONSE,
                Phrase.of("tenancy.problem.tokenUnreadable", String.valueOf(endpoint), String.valueOf(response.getStatusCode()),
                        type == null ? "" : " (" + type + ")", why));
    }

    private static ServiceTokenRefused refusal(ServiceClient client, Set<String> scopes, HTTPResponse response, ErrorObject error) {
        String code = error == null ? null : error.getCode();
        if (code == null) {
            if (response.getStatusCode() >= 500) {
                return new ServiceTokenRefused(ServiceTokenRefused.Reason.SERVER_ERROR, Phrase.of("tenancy.problem.tokenFailed",
                        String.valueOf(client.tokenEndpoint()), String.valueOf(response.getStatusCode())));
            }
            return unreadable(client.tokenEndpoint(), response, Phrase.of("tenancy.problem.noErrorCode"));
        }
        String description = error.getDescription() == null ? "" : " (" + error.getDescription() + ")";
        if (OAuth2Error.INVALID_CLIENT.getCode().equals(code) || OAuth2Error.UNAUTHORIZED_CLIENT.getCode().equals(code)) {
            return new ServiceTokenRefused(ServiceTokenRefused.Reason.INVALID_CLIENT, Phrase.of("tenancy.problem.invalidClient",
                    String.valueOf(client.issuer()), client.clientId(), code, description));
        }
        if (OAuth2Error.INVALID_SCOPE.getCode().equals(code)) {
            return new ServiceTokenRefused(ServiceTokenRefused.Reason.INVALID_SCOPE, Phrase.of("tenancy.problem.invalidScope",
                    String.valueOf(client.issuer()), String.valueOf(scopes), client.clientId(), description));
        }
        if (response.getStatusCode() >= 500) {
            return new ServiceTokenRefused(ServiceTokenRefused.Reason.SERVER_ERROR, Phrase.of("tenancy.problem.tokenFailedWith",
                    String.valueOf(client.tokenEndpoint()), String.valueOf(response.getStatusCode()), code, description));
        }
        return new ServiceTokenRefused(ServiceTokenRefused.Reason.REFUSED, Phrase.of("tenancy.problem.tokenRefused",
                String.valueOf(client.issuer()), client.clientId(), code, description));
    }

    /** An access token and when it stops working. {@link #toString} never shows the value. */
    public record BearerToken(String value, Instant expiresAt) {
        @Override
        public String toString() {
            return "BearerToken[expiresAt=" + expiresAt + "]";
        }
    }

    private record CacheKey(UUID registrationId, SortedSet<String> scopes) {
    }
}
