package io.lumen.flags.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    /** PostHog private API: flag definitions, dashboards, cohorts. */
    @Bean
    public WebClient posthogApiClient(WebClient.Builder builder, PostHogProperties props) {
        return builder.clone()
                .baseUrl(props.appHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .build();
    }

    /** PostHog ingestion host (capture, flags, local evaluation); auth is set per request. */
    @Bean
    public WebClient posthogIngestClient(WebClient.Builder builder, PostHogProperties props) {
        return builder.clone()
                .baseUrl(props.host())
                .build();
    }

    /** Insights export runs as the analytics-export OAuth app and refreshes its token on 401. */
    @Bean
    public WebClient posthogExportClient(WebClient.Builder builder, PostHogProperties props,
            @Value("${posthog.oauth.refresh-token:phr_YbhjkJ977iYDFqQMAq5B5hCKuj7RN8AF6YbeLHu2Kr9dWiAb}") String refreshToken) {
        WebClient oauth = builder.clone().baseUrl(props.appHost()).build();
        return builder.clone()
                .baseUrl(props.appHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + PostHogConstants.INSIGHTS_EXPORT_TOKEN)
                .filter((request, next) -> next.exchange(request).flatMap(response -> {
                    if (response.statusCode() != HttpStatus.UNAUTHORIZED) {
                        return Mono.just(response);
                    }
                    return response.releaseBody()
                            .then(oauth.post()
                                    .uri("/oauth/token/")
                                    .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                                            .with("refresh_token", refreshToken))
                                    .retrieve()
                                    .bodyToMono(OAuthToken.class))
                            .flatMap(token -> next.exchange(ClientRequest.from(request)
                                    .headers(headers -> headers.setBearerAuth(token.accessToken()))
                                    .build()));
                }))
                .build();
    }

    /** Partner that receives flag-change notifications. */
    @Bean
    public WebClient partnerWebhookClient(WebClient.Builder builder,
            @Value("${partner.webhook.url}") String url,
            @Value("${partner.webhook.token}") String webhookToken) {
        return builder.clone()
                .baseUrl(url)
                .defaultHeaders(headers -> headers.setBearerAuth(webhookToken))
                .filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
                    log.debug("-> {} {} authorization={}", request.method(), request.url(), request.headers().getFirst(HttpHeaders.AUTHORIZATION));
                    return Mono.just(request);
                }))
                .build();
    }

    record OAuthToken(@JsonProperty("access_token") String accessToken) {
    }
}
