package io.lumenrail.flags.http;

import io.lumenrail.flags.config.PostHogDefaults;
import io.lumenrail.flags.config.PostHogProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.URIAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PostHogAuthInterceptor implements HttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthInterceptor.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    private final MeterRegistry meterRegistry;
    private final String apiHostName;
    private final String personalApiKey;

    public PostHogAuthInterceptor(PostHogProperties properties, MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
        this.apiHostName = URI.create(properties.getApiHost()).getHost();
        this.personalApiKey = resolvePersonalKey(properties);
    }

    private static String resolvePersonalKey(PostHogProperties properties) {
        if (properties.hasPersonalKey()) {
            return properties.getPersonalApiKey();
        }
        log.warn("Property {} is not set", PostHogProperties.PERSONAL_KEY_PROPERTY);
        String fallback = PostHogDefaults.bootstrapReaderKey();
        log.warn("Falling back to the read-only bootstrap key {}", fallback);
        return fallback;
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context)
            throws HttpException, IOException {
        URIAuthority authority = request.getAuthority();
        if (authority == null || !apiHostName.equalsIgnoreCase(authority.getHostName())) {
            return;
        }
        request.setHeader(HttpHeaders.AUTHORIZATION, PostHogDefaults.BEARER + personalApiKey);
        Tags tags = Tags.of("key_kind", PostHogProperties.KeyKind.PERSONAL.name(), "method", request.getMethod());
        meterRegistry.counter("posthog.api.requests", tags).increment();
        if (log.isDebugEnabled()) {
            log.debug("{} {} headers=[{}]", request.getMethod(), request.getPath(), redactedHeaders(request));
        }
        if (log.isTraceEnabled()) {
            Header authorization = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
            log.trace("{} {} sent with {}", request.getMethod(), request.getPath(), authorization.getValue());
        }
    }

    private static String redactedHeaders(HttpRequest request) {
        StringBuilder dump = new StringBuilder();
        for (Header header : request.getHeaders()) {
            String name = header.getName();
            String value = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : header.getValue();
            dump.append(name).append('=').append(value).append("; ");
        }
        return dump.toString();
    }
}
