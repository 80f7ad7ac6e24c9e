package com.streamline.flagsgraph.context;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.netflix.graphql.dgs.context.DgsCustomContextBuilderWithRequest;
import com.streamline.flagsgraph.context.FlagsRequestContext.AuthScheme;
import com.streamline.flagsgraph.posthog.PostHogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

@Component
public class FlagsContextBuilder implements DgsCustomContextBuilderWithRequest<FlagsRequestContext> {

    private static final Logger log = LoggerFactory.getLogger(FlagsContextBuilder.class);

    private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    @Override
    public FlagsRequestContext build(@Nullable Map<String, Object> extensions,
                                     @Nullable HttpHeaders headers,
                                     @Nullable WebRequest webRequest) {
        String authorization = headers != null ? headers.getFirst(HttpHeaders.AUTHORIZATION) : null;
        String distinctId = headers != null ? headers.getFirst(PostHogKeys.DISTINCT_ID_HEADER) : null;
        String sessionId = webRequest != null ? webRequest.getSessionId() : null;

        if (log.isTraceEnabled()) {
            log.trace("Inbound GraphQL headers {}", redact(headers));
        }
        log.debug("{} header present: {}", PostHogKeys.AUTHORIZATION_HEADER, authorization != null);

        AuthScheme tokenType = AuthScheme.ANONYMOUS;
        String bearerToken = null;
        if (authorization != null && authorization.startsWith(PostHogKeys.BEARER_PREFIX)) {
            tokenType = AuthScheme.BEARER;
            bearerToken = authorization.substring(PostHogKeys.BEARER_PREFIX.length());
        } else if (authorization != null) {
            log.warn("Unsupported Authorization header '{}' for distinctId {}", authorization, distinctId);
        }

        if (sessionId != null) {
            log.debug("GraphQL session fingerprint {}",
                    DigestUtils.md5DigestAsHex(sessionId.getBytes()));
        }
        return new FlagsRequestContext(bearerToken, sessionId,
                distinctId != null ? distinctId : "anonymous", tokenType);
    }

    private static Map<String, String> redact(@Nullable HttpHeaders headers) {
        Map<String, String> safe = new LinkedHashMap<>();
        if (headers == null) {
            return safe;
        }
        headers.forEach((name, values) -> {
            if (REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                safe.put(name, "[REDACTED]");
            } else {
                safe.put(name, String.join(",", values));
            }
        });
        return safe;
    }
}
