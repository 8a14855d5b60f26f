package io.gatehouse.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to the local stack's Keycloak over HTTP, as a client and as its administrator would. */
final class KeycloakClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final KeycloakServer server;

    KeycloakClient(KeycloakServer server) {
        this.server = server;
    }

    /**
     * The token response of a password grant (access_token, and id_token when openid is asked for).
     */
    JsonNode passwordGrant(String clientId, String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        if (scope != null) {
            form.put("scope", scope);
        }
        return post(server.tokenEndpoint(), form);
    }

    String accessToken(DemoUser user) {
        return passwordGrant("gatehouse-cli", user.username(), user.password(), null)
                .get("access_token")
                .asText();
    }

    String clientCredentialsToken(String clientId, String secret) {
        return post(
                        server.tokenEndpoint(),
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                clientId,
                                "client_secret",
                                secret))
                .get("access_token")
                .asText();
    }

    /**
     * Adds a new RS256 signing key with a higher priority than the realm's first one, as an
     * administrator rotating keys does: new tokens are signed with it, the old key stays published
     * (so tokens it signed keep verifying until they expire).
     */
    void rotateSigningKey() {
        String admin =
                post(
                                URI.create(
                                        server.baseUrl()
                                                + "/realms/master/protocol/openid-connect/token"),
                                Map.of(
                                        "grant_type",
                                        "password",
                                        "client_id",
                                        "admin-cli",
                                        "username",
                                        KeycloakServer.ADMIN_USER,
                                        "password",
                                        server.adminPassword()))
                        .get("access_token")
                        .asText();
        String realmId =
                get(URI.create(server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM), admin)
                        .get("id")
                        .asText();
        String component =
                """
                {"name":"rotated-rs256","providerId":"rsa-generated","providerType":"org.keycloak.keys.KeyProvider",
                 "parentId":"%s","config":{"priority":["500"],"keySize":["2048"],"active":["true"],"enabled":["true"],
                 "algorithm":["RS256"]}}"""
                        .formatted(realmId);
        send(
                HttpRequest.newBuilder(
                                URI.create(
                                        server.baseUrl()
                                                + "/admin/realms/"
                                                + KeycloakServer.REALM
                                                + "/components"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(component))
                        .build(),
                201);
    }

    private JsonNode post(URI uri, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return read(
                send(
                        HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        200));
    }

    private JsonNode get(URI uri, String bearer) {
        return read(
                send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + bearer)
                                .GET()
                                .build(),
                        200));
    }

    private static String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        request.uri()
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
