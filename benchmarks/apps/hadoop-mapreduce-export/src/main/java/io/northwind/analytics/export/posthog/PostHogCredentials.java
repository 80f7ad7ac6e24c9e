package io.northwind.analytics.export.posthog;

import java.io.Serializable;
import java.util.Objects;

public class PostHogCredentials implements Serializable {

    private static final long serialVersionUID = 3L;

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;

    public PostHogCredentials(String projectApiKey, String personalApiKey, String host) {
        this.projectApiKey = projectApiKey;
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

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PostHogCredentials)) {
            return false;
        }
        PostHogCredentials that = (PostHogCredentials) o;
        return Objects.equals(projectApiKey, that.projectApiKey)
                && Objects.equals(personalApiKey, that.personalApiKey)
                && Objects.equals(host, that.host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectApiKey, personalApiKey, host);
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host='" + host + "', projectApiKey='" + projectApiKey
                + "', personalApiKey='" + personalApiKey + "'}";
    }
}
