package services;

/**
 * Credentials for PostHog's private REST API.
 */
public final class PostHogApiCredentials {

    private final String host;
    private final String projectId;
    private final String personalApiKey;

    public PostHogApiCredentials(String host, String projectId, String personalApiKey) {
        this.host = host;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public String authorizationHeader() {
        return "Bearer " + personalApiKey;
    }

    @Override
    public String toString() {
        return "PostHogApiCredentials[host=" + host + ", projectId=" + projectId + ", personalApiKey=" + personalApiKey + "]";
    }
}
