package io.quillmark.edge.config;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LogManager.getLogger(WebClientConfig.class);

    /** Private API (flag definitions, projects). */
    @Bean("posthogApiWebClient")
    public WebClient posthogApiWebClient(WebClient.Builder builder, PostHogProperties props) {
        return builder.clone()
                .baseUrl(props.apiHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .filter(logOutgoing())
                .build();
    }

    /** Public ingestion endpoint. */
    @Bean("posthogIngestWebClient")
    public WebClient posthogIngestWebClient(WebClient.Builder builder, PostHogProperties props) {
        return builder.clone()
                .baseUrl(props.host())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .filter(logOutgoing())
                .build();
    }

    private static ExchangeFilterFunction logOutgoing() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("-> PostHog {} {} Authorization={}", request.method(), request.url(),
                    request.headers().getFirst(HttpHeaders.AUTHORIZATION));
            return Mono.just(request);
        });
    }
}
