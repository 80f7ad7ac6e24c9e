package dev.orbitly.cohorts.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The JSON document stored in Secrets Manager under {@code <env>/cohort-worker/posthog}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PostHogCredentials {

    private final String apiHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;

    @JsonCreator
    public PostHogCredentials(
            @JsonProperty("api_host") String apiHost,
            @JsonProperty("project_id") long projectId,
            @JsonProperty("project_api_key") String projectApiKey,
            @JsonProperty("personal_api_key") String personalApiKey) {
        this.apiHost = Objects.requireNonNull(apiHost, "api_host");
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
    }

    public String apiHost() {
        return apiHost;
    }

    public long projectId() {
        return projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String authorizationHeader() {
        return "Bearer " + personalApiKey;
    }

    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogCredentials{apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + "}";
    }
}
