package com.acme.flags.core.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "ACME Flags - PostHog Client",
        description = "Connection settings for PostHog feature flags and the PostHog admin API")
public @interface PostHogClientConfiguration {

    @AttributeDefinition(name = "Project API key", description = "Public project key (phc_...), also rendered into pages")
    String projectApiKey();

    @AttributeDefinition(name = "Host", description = "PostHog ingestion host")
    String host() default "https://eu.i.posthog.com";

    @AttributeDefinition(name = "Project ID", description = "Numeric PostHog project id used by the admin API")
    String projectId();

    @AttributeDefinition(
            name = "Personal API key",
            description = "Personal API key with feature_flag:read scope, e.g. phx_xxx. Set it with $[secret:POSTHOG_PERSONAL_API_KEY]",
            type = AttributeType.PASSWORD)
    String personalApiKey() default "phx_2LRBju82nhV4hWXZkD2BK89Lge353GJ6bHbQxb7swdZykxLS";

    @AttributeDefinition(
            name = "Feature flags secure API key",
            description = "Project secret key used for local evaluation",
            type = AttributeType.PASSWORD)
    String featureFlagsSecureKey();

    @AttributeDefinition(name = "Poll interval (seconds)")
    int pollIntervalSeconds() default 30;

    @AttributeDefinition(name = "SDK debug logging", description = "Verbose PostHog SDK logging (dev only)")
    boolean sdkDebug() default false;

    @AttributeDefinition(name = "Egress proxy host")
    String proxyHost();

    @AttributeDefinition(name = "Egress proxy port")
    int proxyPort() default 3128;

    @AttributeDefinition(name = "Egress proxy user")
    String proxyUser();

    @AttributeDefinition(name = "Egress proxy password", type = AttributeType.PASSWORD)
    String proxyPassword();
}
