package com.acme.flags.karaf.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Metatype for the PID {@code com.acme.flags.admin}: talks to the PostHog private API to
 * list and toggle flags from the Karaf console.
 */
@ObjectClassDefinition(
        id = "com.acme.flags.admin",
        name = "ACME PostHog admin API",
        description = "Credentials for the PostHog private REST API")
public @interface AdminApiConfig {

    @AttributeDefinition(name = "API base URL")
    String apiBaseUrl() default "https://eu.posthog.com/api";

    @AttributeDefinition(name = "Project id")
    long projectId();

    @AttributeDefinition(name = "OAuth access token", type = AttributeType.PASSWORD)
    String oauthAccessToken() default "pha_QYviwvEMbb7V78TJRkkuoMPhmh456abnLXVEbUH3jEHBYzjN";

    @AttributeDefinition(name = "OAuth refresh token", type = AttributeType.PASSWORD)
    String oauthRefreshToken() default "";

    @AttributeDefinition(name = "OAuth client secret", type = AttributeType.PASSWORD)
    String oauthClientSecret() default "";

    @AttributeDefinition(name = "Webhook signing secret", type = AttributeType.PASSWORD)
    String webhookSigningSecret() default "";

    @AttributeDefinition(name = "Admin console URL")
    String consoleUrl() default "https://eu.posthog.com/project/feature_flags";
}
