package io.lumenpay.flags.posthog;

import java.util.Objects;

public final class PostHogCredentials {

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;

    public PostHogCredentials(String projectApiKey, String personalApiKey, String host) {
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.host = host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getHost() {
        return host;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + "}";
    }
}
