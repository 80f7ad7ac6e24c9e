package com.tidewaterlabs.flaggateway.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

@Factory
public class ClientsFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ClientsFactory.class);

    private static Region region() {
        return Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1"));
    }

    @Singleton
    @Bean(preDestroy = "close")
    SsmClient ssmClient() {
        return SsmClient.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Singleton
    @Bean(preDestroy = "close")
    SecretsManagerClient secretsManagerClient() {
        return SecretsManagerClient.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Singleton
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogProperties properties, PostHogKeyResolver keyResolver) {
        LOG.info("Initialising PostHog server client with {}", properties);
        PostHogKeyResolver.ResolvedKeys keys = keyResolver.resolve();
        PostHogConfig config = PostHogConfig.builder(keys.projectApiKey())
                .host(properties.getHost())
                .personalApiKey(keys.personalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }
}
