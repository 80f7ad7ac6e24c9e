package io.jenkins.plugins.posthog;

import java.util.Objects;

/**
 * Connection details for the PostHog private API, as used by one build step.
 */
final class ApiConnection {

    private final String host;
    private final String bearerToken;
    private final TokenScope scope;

    ApiConnection(String host, String bearerToken, TokenScope scope) {
        this.host = Objects.requireNonNull(host, "host");
        this.bearerToken = bearerToken;
        this.scope = scope;
    }

    String host() {
        return host;
    }

    String bearerToken() {
        return bearerToken;
    }

    TokenScope scope() {
        return scope;
    }

    PostHogApiClient client() {
        return new PostHogApiClient(host, bearerToken);
    }

    @Override
    public String toString() {
        return "ApiConnection{host=" + host + ", scope=" + scope + ", bearerToken=" + bearerToken + "}";
    }
}
