package com.acme.exporter.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

@Configuration
public class HttpClientConfig {

    private static final Logger log = LoggerFactory.getLogger(HttpClientConfig.class);

    /** RestTemplate used by the batch reader; errors are handled by the reader itself. */
    @Bean
    RestTemplate posthogRestTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(60))
                .additionalInterceptors(new LoggingInterceptor())
                .errorHandler(new DefaultResponseErrorHandler() {
                    @Override
                    public boolean hasError(ClientHttpResponse response) {
                        return false;
                    }
                })
                .build();
    }

    /** WebClient for the small diagnostics calls made from the admin UI. */
    @Bean
    WebClient posthogWebClient(WebClient.Builder builder,
                               PostHogProperties props,
                               @Value("${posthog.personal-api-key:phx_4SaCoa7q9rtEHuQerMRw8dKc2xTDgARPhgUkXuPkNmHCccCe}") String personalKey) {
        return builder
                .baseUrl(props.getApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                .filter(logRequest())
                .build();
    }

    private static ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            boolean authorized = request.headers().containsKey(HttpHeaders.AUTHORIZATION);
            log.debug("WebClient {} {} authorized={}", request.method(), request.url(), authorized);
            return Mono.just(request);
        });
    }

    /**
     * Request/response tracing for the PostHog RestTemplate. Enabled with
     * logging.level.com.acme.exporter.config.HttpClientConfig=DEBUG.
     */
    static class LoggingInterceptor implements ClientHttpRequestInterceptor {

        private static final Logger log = LoggerFactory.getLogger(LoggingInterceptor.class);

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            if (log.isDebugEnabled()) {
                log.debug(">>> {} {}", request.getMethod(), request.getURI());
                log.debug(">>> Authorization: {}", request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
                log.debug(">>> body {} bytes", body.length);
            }
            long start = System.nanoTime();
            ClientHttpResponse response = execution.execute(request, body);
            if (log.isDebugEnabled()) {
                log.debug("<<< {} in {} ms", response.getStatusCode(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            return response;
        }
    }
}
