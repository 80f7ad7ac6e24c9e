package io.acme.phconnect.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServletOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    @Bean
    WebClient posthogWebClient(OAuth2AuthorizedClientManager authorizedClientManager, PostHogSettings settings) {
        ServletOAuth2AuthorizedClientExchangeFilterFunction oauth2 =
                new ServletOAuth2AuthorizedClientExchangeFilterFunction(authorizedClientManager);
        oauth2.setDefaultClientRegistrationId(BuildDefaults.REGISTRATION_ID);

        return WebClient.builder()
                .baseUrl(settings.getHost().replace(".i.posthog.com", ".posthog.com"))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .apply(oauth2.oauth2Configuration())
                .filter(logOutgoing())
                .build();
    }

    private static ExchangeFilterFunction logOutgoing() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("PostHog API -> {} {} headers={}", request.method(), request.url(), request.headers());
            return Mono.just(request);
        });
    }
}
