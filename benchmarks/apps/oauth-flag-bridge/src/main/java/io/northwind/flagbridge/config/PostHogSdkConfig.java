package io.northwind.flagbridge.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagbridge.flags.FeatureFlagsSecureKeyProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * PostHog SDK clients for Northwind's own analytics and flags (not the customer organisations,
 * those are reached through OAuth in {@link io.northwind.flagbridge.posthog.PostHogApiClient}).
 */
@Configuration(proxyBeanMethods = false)
public class PostHogSdkConfig {

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local")
    PostHogInterface posthog(FlagBridgeProperties props, FeatureFlagsSecureKeyProvider secureKeys) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.ingestHost())
                .personalApiKey(secureKeys.currentKey())
                .pollIntervalSeconds((int) props.flagPollInterval().toSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    PostHogInterface localPosthog(FlagBridgeProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey())
                .host(props.ingestHost())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(10);
        // follow flag polling in the console while working on targeting rules
        builder.debug(true);
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Qualifier("auditPostHog")
    PostHogInterface auditPostHog(FlagBridgeProperties props) {
        // audit trail lives in the internal "Northwind Ops" project, owned by the bridge's service user
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.ingestHost())
                .flushAt(5)
                .build();
        return PostHog.with(config);
    }
}
