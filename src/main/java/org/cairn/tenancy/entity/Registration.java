package org.cairn.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/** Cairn's client id at one platform (issuer), with the platform's endpoints and the operator's decisions. */
@Entity
@Table(name = "registration")
@NamedQuery(name = "Registration.byIssuerAndClient",
        query = "SELECT r FROM Registration r WHERE r.issuer = :issuer AND r.clientId = :clientId")
@NamedQuery(name = "Registration.byIssuer", query = "SELECT r FROM Registration r WHERE r.issuer = :issuer")
@NamedQuery(name = "Registration.all", query = "SELECT r FROM Registration r ORDER BY r.createdAt")
public class Registration {

    @Id
    private UUID id;

    @Column(name = "issuer", nullable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "platform_family", nullable = false)
    private String platformFamily;

    @Column(name = "authorization_endpoint", nullable = false)
    private String authorizationEndpoint;

    @Column(name = "token_endpoint")
    private String tokenEndpoint;

    @Column(name = "token_audience")
    private String tokenAudience;

    @Column(name = "jwks_uri", nullable = false)
    private String jwksUri;

    @Column(name = "allowed_algorithms", nullable = false)
    private String allowedAlgorithms;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "unknown_deployment_policy", nullable = false)
    private UnknownDeploymentPolicy unknownDeploymentPolicy;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private RegistrationSource source;

    /** Space-separated origins that may frame Cairn for this platform; NULL means {@link #defaultFrameOrigins}. */
    @Column(name = "frame_origins")
    private String frameOrigins;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Registration() {
        // JPA
    }

    public Registration(String issuer, String clientId, String name, String platformFamily,
                        PlatformEndpoints endpoints, RegistrationStatus status, UnknownDeploymentPolicy policy,
                        RegistrationSource source, Instant now) {
        this.id = UUID.randomUUID();
        this.issuer = requireText(issuer, "issuer");
        this.clientId = requireText(clientId, "client_id");
        this.name = requireText(name, "name");
        this.platformFamily = platformFamily == null || platformFamily.isBlank() ? "other" : platformFamily;
        this.status = Objects.requireNonNull(status);
        this.unknownDeploymentPolicy = Objects.requireNonNull(policy);
        this.source = Objects.requireNonNull(source);
        this.allowedAlgorithms = "RS256";
        this.createdAt = now;
        changeEndpoints(endpoints, now);
    }

    /** {@code what} names the field as its sentence does: {@code tenancy.problem.field.<what>}. */
    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RegistrationValueRefused("tenancy.problem.required", Phrase.of("tenancy.problem.field." + what));
        }
        return value;
    }

    public void changeEndpoints(PlatformEndpoints endpoints, Instant now) {
        this.authorizationEndpoint = endpoints.authorization().toString();
        this.tokenEndpoint = endpoints.token() == null ? null : endpoints.token().toString();
        this.tokenAudience = endpoints.tokenAudience() == null ? null : endpoints.tokenAudience().toString();
        this.jwksUri = endpoints.jwks().toString();
        this.updatedAt = now;
    }

    public void approve(Instant now) {
        this.status = RegistrationStatus.ACTIVE;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.status = RegistrationStatus.DISABLED;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = requireText(newName, "name");
        this.updatedAt = now;
    }

    public void applyUnknownDeploymentPolicy(UnknownDeploymentPolicy policy, Instant now) {
        this.unknownDeploymentPolicy = Objects.requireNonNull(policy);
        this.updatedAt = now;
    }

    /** Algorithms this registration's id_tokens may use; RS256 unless an operator registered others. */
    public void allowAlgorithms(List<String> algorithms, Instant now) {
        if (algorithms.isEmpty() || algorithms.stream().anyMatch(a -> a.equalsIgnoreCase("none") || a.startsWith("HS"))) {
            throw new IllegalArgumentException("Allowed algorithms must be asymmetric and not 'none': " + algorithms);
        }
        this.allowedAlgorithms = String.join(",", algorithms);
        this.updatedAt = now;
    }

    /**
     * Origins allowed to frame Cairn for this platform (Content-Security-Policy frame-ancestors): the operator's
     * list when set, otherwise the issuer's and the authorization endpoint's origins, and for Canvas every
     * instructure.com host (Canvas cloud serves each school on its own subdomain under one issuer).
     */
    public List<String> frameOrigins() {
        if (frameOrigins == null || frameOrigins.isBlank()) return defaultFrameOrigins();
        return Arrays.stream(frameOrigins.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> defaultFrameOrigins() {
        java.util.LinkedHashSet<String> origins = new java.util.LinkedHashSet<>();
        origin(issuer).ifPresent(origins::add);
        origin(authorizationEndpoint).ifPresent(origins::add);
        if ("canvas".equalsIgnoreCase(platformFamily)) origins.add("https://*.instructure.com");
        return List.copyOf(origins);
    }

    /** Replaces the frame origins; an empty list goes back to the defaults. */
    public void allowFramingFrom(List<String> origins, Instant now) {
        for (String origin : origins) {
            if (!FRAME_ORIGIN.matcher(origin).matches()) {
                throw new RegistrationValueRefused("tenancy.problem.notAnOrigin", origin);
            }
        }
        this.frameOrigins = origins.isEmpty() ? null : String.join(" ", origins);
        this.updatedAt = now;
    }

    private static final java.util.regex.Pattern FRAME_ORIGIN =
            java.util.regex.Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private static java.util.Optional<String> origin(String url) {
        return org.cairn.infra.web.WebOrigin.of(url);
    }

    public UUID id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public String platformFamily() {
        return platformFamily;
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(URI.create(authorizationEndpoint),
                tokenEndpoint == null ? null : URI.create(tokenEndpoint),
                tokenAudience == null ? null : URI.create(tokenAudience),
                URI.create(jwksUri));
    }

    public List<String> allowedAlgorithms() {
        return Arrays.stream(allowedAlgorithms.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    public UnknownDeploymentPolicy unknownDeploymentPolicy() {
        return unknownDeploymentPolicy;
    }

    public RegistrationSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
