package com.acme.keycloak.posthog;

/**
 * The PostHog instance events are forwarded to.
 */
final class PostHogTarget {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;

    PostHogTarget(String host, String projectApiKey, String personalApiKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
    }

    String host() {
        return host;
    }

    String projectApiKey() {
        return projectApiKey;
    }

    String personalApiKey() {
        return personalApiKey;
    }

    @Override
    public String toString() {
        return "PostHogTarget{host='" + host + "', projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey + "'}";
    }
}
