package io.lumenhq.growth.analytics.internal;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenhq.growth.analytics.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration(proxyBeanMethods = false)
class PostHogClientConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfiguration.class);

    @Bean
    RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties props,
                                 OutboundHeaderLoggingInterceptor headerLogging) {
        log.info("PostHog configured: {}", props);
        log.info("PostHog local evaluation enabled={}", props.hasPersonalApiKey());
        return builder
                .baseUrl(props.apiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .defaultHeader(HttpHeaders.USER_AGENT, "lumen-growth/0.7")
                .requestInterceptor(headerLogging)
                .build();
    }

    @Bean
    PostHogManagementApi postHogManagementApi(RestClient postHogRestClient) {
        RestClientAdapter adapter = RestClientAdapter.create(postHogRestClient);
        HttpServiceProxyFactory factory = HttpServiceProxyFactory.builderFor(adapter).build();
        return factory.createClient(PostHogManagementApi.class);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local")
    PostHogInterface postHog(PostHogProperties props) {
        if (!props.hasPersonalApiKey()) {
            log.warn("posthog.personal-api-key is not set; feature flags will be evaluated remotely");
        }
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds((int) props.flags().pollInterval().toSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    PostHogInterface flagsPostHog(PostHogProperties props) {
        PostHogProperties.Flags flags = props.flags();
        String secureKey = StringUtils.hasText(flags.secureKey())
                ? flags.secureKey()
                : PostHogDefaults.SECURE_KEY_PREFIX + PostHogDefaults.STAGING_SECURE_KEY_BODY;
        PostHogConfig config = new PostHogConfig.Builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(PostHogDefaults.DEFAULT_POLL_SECONDS)
                .debug(flags.sdkDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    com.posthog.java.PostHog batchExportClient(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.personalApiKey())
                .host(props.host())
                .build();
    }
}
