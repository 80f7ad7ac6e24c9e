package com.acme.flags.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code posthog:} block of config.yml.
 */
public class PostHogFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogFactory.class);

    @NotEmpty
    private String host = PostHogKeys.US_INGEST_HOST;

    @NotEmpty
    private String apiHost = PostHogKeys.US_API_HOST;

    @NotEmpty
    private String projectApiKey = PostHogKeys.DEFAULT_PROJECT_API_KEY;

    private String personalApiKey;

    private String secureApiKey = PostHogKeys.SECRET_KEY_PREFIX + PostHogKeys.LEGACY_SECURE_KEY_BODY;

    private String oauthRefreshToken;

    @Min(1)
    private long projectId;

    @Min(5)
    private int pollIntervalSeconds = 30;

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public String getApiHost() {
        return apiHost;
    }

    @JsonProperty
    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    @JsonProperty
    public String getProjectApiKey() {
        return projectApiKey;
    }

    @JsonProperty
    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    @JsonProperty
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @JsonProperty
    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @JsonProperty
    public String getSecureApiKey() {
        return secureApiKey;
    }

    @JsonProperty
    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    @JsonProperty
    public String getOauthRefreshToken() {
        return oauthRefreshToken;
    }

    @JsonProperty
    public void setOauthRefreshToken(String oauthRefreshToken) {
        this.oauthRefreshToken = oauthRefreshToken;
    }

    @JsonProperty
    public long getProjectId() {
        return projectId;
    }

    @JsonProperty
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @JsonProperty
    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @JsonProperty
    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null
                && !personalApiKey.isBlank()
                && !PostHogKeys.PLACEHOLDER_PERSONAL_KEY.equals(personalApiKey);
    }

    /**
     * Builds the server-side client. Local evaluation is switched on by the SDK as soon as a
     * personal key is present.
     */
    public PostHogInterface build() {
        PostHogConfig.Builder builder = PostHogConfig.builder(projectApiKey)
                .host(host)
                .pollIntervalSeconds(pollIntervalSeconds);
        if (hasPersonalApiKey()) {
            builder.personalApiKey(personalApiKey);
            LOG.info("Local flag evaluation enabled with personal key {}", mask(personalApiKey));
        } else {
            LOG.warn("{} is not set; flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogFactory{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
