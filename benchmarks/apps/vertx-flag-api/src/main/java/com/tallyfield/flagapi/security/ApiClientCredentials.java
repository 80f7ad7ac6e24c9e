package com.tallyfield.flagapi.security;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A machine client allowed to call the flag API (deploy pipelines, the mobile BFF, ...).
 */
public final class ApiClientCredentials {

    private final String clientId;
    private final String clientSecret;
    private final Set<String> scopes;

    public ApiClientCredentials(String clientId, String clientSecret, Set<String> scopes) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.scopes = Set.copyOf(scopes);
    }

    public static ApiClientCredentials fromJson(JsonObject json) {
        JsonArray scopes = json.getJsonArray("scopes", new JsonArray());
        return new ApiClientCredentials(
                json.getString("clientId"),
                json.getString("clientSecret"),
                scopes.stream().map(String::valueOf).collect(Collectors.toSet()));
    }

    public static List<ApiClientCredentials> fromJsonArray(JsonArray array) {
        return array.stream()
                .map(JsonObject.class::cast)
                .map(ApiClientCredentials::fromJson)
                .toList();
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Set<String> scopes() {
        return scopes;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope) || scopes.contains("*");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiClientCredentials that)) {
            return false;
        }
        return clientId.equals(that.clientId) && clientSecret.equals(that.clientSecret) && scopes.equals(that.scopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, clientSecret, scopes);
    }

    @Override
    public String toString() {
        return "ApiClientCredentials{"
                + "clientId='" + clientId + '\''
                + ", clientSecret='" + clientSecret + '\''
                + ", scopes=" + scopes
                + '}';
    }
}
