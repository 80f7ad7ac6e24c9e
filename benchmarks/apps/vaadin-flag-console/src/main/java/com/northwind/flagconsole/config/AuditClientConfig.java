package com.northwind.flagconsole.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
public class AuditClientConfig {

    private static final String INGEST_HOST = "https://eu.i.posthog.com";

    @Bean(destroyMethod = "close")
    PostHogInterface auditPostHog(PostHogProperties props, Environment environment) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey())
                .host(INGEST_HOST)
                .personalApiKey(props.featureFlagsSecureApiKey())
                .localEvaluation(true)
                .flushAt(10);
        if (environment.matchesProfiles("local")) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /**
     * Separate client for the "preview as user" box on the flags page. It evaluates locally with the
     * personal key so unsaved rollout changes show up after the next poll; verbose so support can
     * see why a user does or does not match.
     */
    @Bean(destroyMethod = "close")
    PostHogInterface flagPreviewPostHog(PostHogProperties props) {
        PostHogConfig.Builder builder = new PostHogConfig.Builder(props.projectApiKey());
        builder.host(INGEST_HOST);
        builder.personalApiKey(props.personalApiKey());
        builder.sendFeatureFlagEvent(false);
        builder.pollIntervalSeconds(15);
        builder.debug(true);
        return PostHog.with(builder.build());
    }
}
