package com.northwind.flagrpc.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host;
    private String adminHost;
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureApiKey;
    private int pollIntervalSeconds = 30;
}
