package io.gatehouse.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How tokens are verified (SPEC.md §1.2, settings of §6). Immutable; every value is checked here so
 * that a misconfiguration stops the process at start-up instead of weakening verification.
 *
 * @param issuer the exact {@code iss}; also where the OpenID discovery document lives. https, or
 *     http to a loopback host (a local Keycloak)
 * @param audience a value the token's {@code aud} must contain
 * @param allowedAzp authorized parties ({@code azp}) accepted; empty accepts any
 * @param tenantClaim name of the claim that carries the tenant id(s)
 * @param rolesClaim dotted path to the string array of role names
 * @param clockSkew tolerance applied to {@code exp}, {@code nbf} and {@code iat}; 0 to 5 minutes
 * @param allowedAlgorithms JWS algorithm names accepted; asymmetric RSA or EC only
 */
public record OidcSettings(
        String issuer,
        String audience,
        Set<String> allowedAzp,
        String tenantClaim,
        String rolesClaim,
        Duration clockSkew,
        Set<String> allowedAlgorithms) {

    public static final String DEFAULT_TENANT_CLAIM = "customer_id";
    public static final String DEFAULT_ROLES_CLAIM = "realm_access.roles";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    public static final Set<String> DEFAULT_ALGORITHMS = Set.of("RS256", "PS256");

    /** Beyond this, "skew" would quietly extend every token's lifetime. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public OidcSettings {
        HttpUrls.requireKeySourceUrl(issuer, "issuer");
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("audience is required");
        }
        allowedAzp = Set.copyOf(Objects.requireNonNull(allowedAzp, "allowedAzp"));
        if (allowedAzp.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("allowedAzp must not contain a blank value");
        }
        if (tenantClaim == null || tenantClaim.isBlank()) {
            throw new IllegalArgumentException("tenantClaim is required");
        }
        requireDottedPath(rolesClaim);
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and " + MAX_CLOCK_SKEW);
        }
        allowedAlgorithms =
                Set.copyOf(Objects.requireNonNull(allowedAlgorithms, "allowedAlgorithms"));
        if (allowedAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("allowedAlgorithms must not be empty");
        }
        allowedAlgorithms.forEach(OidcSettings::requireAsymmetric);
    }

    /**
     * The strict defaults of SPEC.md: tenant claim, roles path, 30 s skew, RS256 and PS256, any
     * azp.
     */
    public static OidcSettings of(String issuer, String audience) {
        return new OidcSettings(
                issuer,
                audience,
                Set.of(),
                DEFAULT_TENANT_CLAIM,
                DEFAULT_ROLES_CLAIM,
                DEFAULT_CLOCK_SKEW,
                DEFAULT_ALGORITHMS);
    }

    /**
     * Reads the settings of SPEC.md §6 ({@code GATEHOUSE_OIDC_ISSUER}, {@code
     * GATEHOUSE_OIDC_AUDIENCE}, {@code GATEHOUSE_OIDC_ALLOWED_AZP} comma-separated, {@code
     * GATEHOUSE_TENANT_CLAIM}, {@code GATEHOUSE_ROLES_CLAIM}, {@code
     * GATEHOUSE_CLOCK_SKEW_SECONDS}). A missing or blank optional setting takes its default.
     *
     * @param setting looks a setting up by name, null when absent (e.g. {@code System::getenv})
     */
    public static OidcSettings fromSettings(Function<String, String> setting) {
        OidcSettings settings =
                of(
                        setting.apply("GATEHOUSE_OIDC_ISSUER"),
                        setting.apply("GATEHOUSE_OIDC_AUDIENCE"));
        String azp = setting.apply("GATEHOUSE_OIDC_ALLOWED_AZP");
        if (azp != null && !azp.isBlank()) {
            settings =
                    settings.withAllowedAzp(
                            Arrays.stream(azp.split(","))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .collect(Collectors.toSet()));
        }
        String tenantClaim = setting.apply("GATEHOUSE_TENANT_CLAIM");
        if (tenantClaim != null && !tenantClaim.isBlank()) {
            settings = settings.withTenantClaim(tenantClaim.strip());
        }
        String rolesClaim = setting.apply("GATEHOUSE_ROLES_CLAIM");
        if (rolesClaim != null && !rolesClaim.isBlank()) {
            settings = settings.withRolesClaim(rolesClaim.strip());
        }
        String skew = setting.apply("GATEHOUSE_CLOCK_SKEW_SECONDS");
        if (skew != null && !skew.isBlank()) {
            try {
                settings = settings.withClockSkew(Duration.ofSeconds(Long.parseLong(skew.strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "GATEHOUSE_CLOCK_SKEW_SECONDS is not a whole number of seconds");
            }
        }
        return settings;
    }

    public OidcSettings withAllowedAzp(Set<String> azp) {
        return new OidcSettings(
                issuer, audience, azp, tenantClaim, rolesClaim, clockSkew, allowedAlgorithms);
    }

    public OidcSettings withTenantClaim(String claim) {
        return new OidcSettings(
                issuer, audience, allowedAzp, claim, rolesClaim, clockSkew, allowedAlgorithms);
    }

    public OidcSettings withRolesClaim(String dottedPath) {
        return new OidcSettings(
                issuer,
                audience,
                allowedAzp,
                tenantClaim,
                dottedPath,
                clockSkew,
                allowedAlgorithms);
    }

    public OidcSettings withClockSkew(Duration skew) {
        return new OidcSettings(
                issuer, audience, allowedAzp, tenantClaim, rolesClaim, skew, allowedAlgorithms);
    }

    public OidcSettings withAllowedAlgorithms(Set<String> algorithms) {
        return new OidcSettings(
                issuer, audience, allowedAzp, tenantClaim, rolesClaim, clockSkew, algorithms);
    }

    /** The roles claim split at its dots, e.g. {@code [realm_access, roles]}. */
    List<String> rolesClaimPath() {
        return List.of(rolesClaim.split("\\."));
    }

    private static void requireDottedPath(String path) {
        if (path == null
                || path.isBlank()
                || Arrays.stream(path.split("\\.", -1)).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "rolesClaim must be a dotted claim path such as realm_access.roles");
        }
    }

    // A public JWKS cannot hold an HMAC secret: allowing HS* would only open the classic
    // "public key used as HMAC secret" confusion, and "none" is no signature at all.
    private static void requireAsymmetric(String name) {
        JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
        if (!JWSAlgorithm.Family.RSA.contains(algorithm)
                && !JWSAlgorithm.Family.EC.contains(algorithm)) {
            throw new IllegalArgumentException(
                    "algorithm not allowed (RSA or EC signatures only): " + name);
        }
    }
}
