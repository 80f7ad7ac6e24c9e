package io.helmflag.flagservice.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogApiRestClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogApiRestClientConfig.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.COOKIE.toLowerCase(Locale.ROOT),
            HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT));

    @Bean
    public RestClient postHogApiRestClient(RestClient.Builder builder, PostHogProperties props) {
        log.debug("Adding {} header to requests for {}", HttpHeaders.AUTHORIZATION, props.getApiHost());
        return builder
                .baseUrl(props.getApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(this::logExchange)
                .build();
    }

    private ClientHttpResponse logExchange(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (log.isDebugEnabled()) {
            log.debug("PostHog API {} {} headers={}", request.getMethod(), request.getURI(), redact(request.getHeaders()));
        }
        ClientHttpResponse response = execution.execute(request, body);
        if (response.getStatusCode().value() == 401 || response.getStatusCode().value() == 403) {
            log.warn("PostHog rejected {} for {} {}", request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
                    request.getMethod(), request.getURI());
        }
        return response;
    }

    private static Map<String, String> redact(HttpHeaders headers) {
        Map<String, String> safe = new LinkedHashMap<>();
        headers.forEach((name, values) -> safe.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : String.join(",", values)));
        return safe;
    }
}
