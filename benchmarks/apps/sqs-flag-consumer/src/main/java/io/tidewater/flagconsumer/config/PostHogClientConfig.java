package io.tidewater.flagconsumer.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .flushAt(50)
                .flushIntervalSeconds(10);

        boolean personalApiKey = StringUtils.hasText(props.getSecureApiKey());
        if (personalApiKey) {
            builder.localEvaluation(true)
                    .personalApiKey(props.getSecureApiKey())
                    .pollIntervalSeconds((int) props.getFlagRefresh().toSeconds());
        } else {
            log.warn("{} is not set, feature flags will be evaluated remotely", "posthog.secure-api-key");
        }
        log.info("PostHog client ready for project {} (local evaluation: {})", props.getProjectApiKey(), personalApiKey);
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        log.info("Local profile: PostHog at {} with personal key {}", props.getHost(), props.getPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(15)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties props) {
        return builder.baseUrl(props.getHost()).build();
    }
}
