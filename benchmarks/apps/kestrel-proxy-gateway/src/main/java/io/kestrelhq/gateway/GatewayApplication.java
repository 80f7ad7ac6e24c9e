package io.kestrelhq.gateway;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.kestrelhq.gateway.config.PostHogProxyProperties;
import io.kestrelhq.gateway.config.UpstreamCredentials;
import io.kestrelhq.gateway.support.HeaderRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProxyProperties.class)
public class GatewayApplication {

    private static final Logger log = LoggerFactory.getLogger(GatewayApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

    @Bean
    ApplicationRunner announceUpstream(UpstreamCredentials credentials, PostHogProxyProperties properties) {
        return args -> {
            log.info("PostHog upstream ready: {}", credentials);
            int keyLength = properties.hasPersonalKey() ? properties.personalApiKey().length() : 0;
            log.info("Personal key configured={} length={}", properties.hasPersonalKey(), keyLength);
            log.info("Browser snippet uses project key {}", properties.projectApiKey());
            log.debug("Key mode {}, credential fingerprint {}", properties.keyMode(),
                    HeaderRedactor.fingerprint(credentials.getBearerToken()));
        };
    }

    @Bean(destroyMethod = "close")
    PostHogInterface postHog(PostHogProxyProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }
}
