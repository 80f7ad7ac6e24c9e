package com.lumen.insights.config;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
public class RestClientConfig {

    private static final Logger log = LoggerFactory.getLogger(RestClientConfig.class);

    /** PostHog private API (us.posthog.com/api/...), authenticated with the personal key. */
    @Bean
    public RestClient postHogApiRestClient(RestClient.Builder builder, PostHogProperties props) {
        if (props.personalApiKey() == null || props.personalApiKey().isBlank()) {
            throw new IllegalStateException("Missing property " + VendorKeys.PERSONAL_KEY_PROPERTY);
        }
        return builder.clone()
                .baseUrl(props.appHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestFactory(requestFactory(Duration.ofSeconds(10)))
                .build();
    }

    /** Local-evaluation endpoint on the ingestion host, authenticated with the flags secure key. */
    @Bean
    public RestClient flagsRestClient(RestClient.Builder builder, PostHogProperties props) {
        String secureKey = props.localEvaluationEnabled()
                ? props.featureFlagsSecureKey()
                : VendorKeys.SECURE_KEY_PREFIX + VendorKeys.LEGACY_FLAGS_BODY;
        return builder.clone()
                .baseUrl(props.host())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secureKey)
                .requestFactory(requestFactory(Duration.ofSeconds(5)))
                .build();
    }

    @Bean
    public RestClient billingRestClient(RestClient.Builder builder,
                                        @Value("${billing.base-url}") URI baseUrl,
                                        @Value("${billing.api-key}") String billingApiKey) {
        ConnectionSettings settings =
                new ConnectionSettings("billing", baseUrl, billingApiKey, Duration.ofSeconds(5));
        log.info("Configured outbound client {}", settings);
        return builder.clone()
                .baseUrl(settings.baseUri().toString())
                .defaultHeader(VendorKeys.API_KEY_HEADER, settings.credential())
                .requestFactory(requestFactory(settings.readTimeout()))
                .build();
    }

    private static ClientHttpRequestFactory requestFactory(Duration readTimeout) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(3));
        factory.setReadTimeout(readTimeout);
        return factory;
    }
}
