package com.copperleaf.orders.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import lombok.Data;
import lombok.ToString;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code posthog.*} properties, served by the config server (config-repo/).
 */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String apiHost = "https://eu.posthog.com";
    private String projectId;
    private String projectApiKey = LocalDevDefaults.PROJECT_API_KEY;

    @JsonIgnore
    @ToString.Exclude
    private String personalApiKey;

    /** Feature-flags secure key for local evaluation; the dev value is the sandbox project's. */
    private String featureFlagsSecureKey = LocalDevDefaults.SECRET_PREFIX + "dXKmDKXgBvnmLPf3g75qia8M" + "Gjkn4WqDoVHCqBEfRuZd6PKn";

    private boolean debug;
}
