package com.northwind.flagadmin.config;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Getter
@Setter
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Ingestion / flags host used by the SDK. */
    private String host = "https://us.i.posthog.com";

    /** Private API host used for flag administration. */
    private String apiHost = "https://us.posthog.com";

    private long projectId;

    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureKey;

    private int pollIntervalSeconds = 30;

    /** Refresh token of the "flag-admin" OAuth app (kept from the OAuth spike). */
    private String oauthRefreshToken = "phr_FuFfAvwHfsvrAFBiqcxmdpRZdULnt8RTPto5KK3qGAkUe8gc";

    private Experiments experiments = new Experiments();

    @Getter
    @Setter
    public static class Experiments {
        private String projectApiKey;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + "}";
    }
}
