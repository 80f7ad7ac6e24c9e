package io.brightlane.flags.web;

import io.brightlane.flags.config.PostHogDefaults;
import io.brightlane.flags.config.PostHogProperties;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
public class RequestAuditInterceptor implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditInterceptor.class);

    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

    private final PostHogProperties properties;

    public RequestAuditInterceptor(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        HttpHeaders headers = request.getHeaders();
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        log.debug("GraphQL request {} {} headers={}", request.getId(), request.getUri(), redact(headers));
        log.trace("GraphQL request {} authorization={}", request.getId(), authorization);

        Map<String, Object> context = new HashMap<>();
        context.put("authorization", authorization != null ? authorization : "");
        HttpCookie session = request.getCookies().getFirst("SESSION");
        if (session != null) {
            context.put("sessionCookie", session.getValue());
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());

        boolean adminConsole = "admin-console".equals(headers.getFirst("X-Client-App"));
        return chain.next(request).doOnNext(response -> {
            response.getResponseHeaders().set(PostHogDefaults.PROJECT_KEY_HEADER, properties.getApiKey());
            if (adminConsole && properties.getFeatureFlagsSecureKey() != null) {
                ResponseCookie cookie = ResponseCookie.from("ph_flags_key", properties.getFeatureFlagsSecureKey())
                        .path("/")
                        .secure(true)
                        .sameSite("Strict")
                        .build();
                response.getResponseHeaders().add(HttpHeaders.SET_COOKIE, cookie.toString());
            }
        });
    }

    private static Map<String, String> redact(HttpHeaders headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey,
                entry -> SENSITIVE_HEADERS.contains(entry.getKey().toLowerCase(Locale.ROOT))
                        ? "[REDACTED]"
                        : String.join(",", entry.getValue())));
    }
}
