package io.northwind.flaggate.security;

import io.helidon.config.Config;
import io.northwind.flaggate.model.ApiKeyScope;

/**
 * One registered API client of the gateway, read from {@code security.api-clients}.
 */
public final class ClientCredentials {

    private final String clientId;
    private final ApiKeyScope scope;
    private final String clientSecret;

    public ClientCredentials(String clientId, ApiKeyScope scope, String clientSecret) {
        this.clientId = clientId;
        this.scope = scope;
        this.clientSecret = clientSecret;
    }

    static ClientCredentials from(Config node) {
        return new ClientCredentials(
                node.get("id").asString().get(),
                node.get("scope").as(ApiKeyScope.class).orElse(ApiKeyScope.READ_FLAGS),
                node.get("client-secret").asString().get());
    }

    public String clientId() {
        return clientId;
    }

    public ApiKeyScope scope() {
        return scope;
    }

    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public String toString() {
        return "ClientCredentials{clientId=" + clientId
                + ", scope=" + scope
                + ", clientSecret=" + clientSecret + "}";
    }
}
