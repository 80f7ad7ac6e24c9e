package com.acme.flags.karaf.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Metatype for the PID {@code com.acme.flags.posthog}, backed by etc/com.acme.flags.posthog.cfg.
 */
@ObjectClassDefinition(
        id = "com.acme.flags.posthog",
        name = "ACME PostHog client",
        description = "Connection settings for the PostHog feature flag client")
public @interface PostHogClientConfig {

    @AttributeDefinition(name = "Project API key", description = "Public project token (phc_...)")
    String projectApiKey();

    @AttributeDefinition(
            name = "Personal API key",
            description = "Used for local evaluation, e.g. phx_xxxxxxxxxxxxxxxx",
            type = AttributeType.PASSWORD)
    String personalApiKey() default "";

    @AttributeDefinition(name = "Host")
    String host() default "https://eu.i.posthog.com";

    @AttributeDefinition(name = "Poll interval (seconds)", min = "10")
    int pollIntervalSeconds() default 30;

    @AttributeDefinition(name = "Tracked flags", description = "Flag keys refreshed into the snapshot")
    String[] trackedFlags() default {"new-checkout", "beta-dashboard"};

    @AttributeDefinition(name = "SDK debug logging")
    boolean debug() default false;
}
