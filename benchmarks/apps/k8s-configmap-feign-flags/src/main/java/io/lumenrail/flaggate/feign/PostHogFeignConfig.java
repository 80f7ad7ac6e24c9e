package io.lumenrail.flaggate.feign;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import io.lumenrail.flaggate.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

public class PostHogFeignConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogFeignConfig.class);

    @Bean
    public RequestInterceptor postHogAuthInterceptor(PostHogProperties props) {
        return template -> {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey());
            template.header("X-Flaggate-Client", "flaggate/1.4");
            log.debug("PostHog admin call {} {} headers={}", template.method(), template.path(), redact(template.headers()));
        };
    }

    @Bean
    public ErrorDecoder postHogErrorDecoder() {
        return new PostHogErrorDecoder();
    }

    @Bean
    public feign.Logger.Level postHogFeignLoggerLevel() {
        return feign.Logger.Level.BASIC;
    }

    static Map<String, Collection<String>> redact(Map<String, Collection<String>> headers) {
        Map<String, Collection<String>> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> safe.put(name,
                HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) || HttpHeaders.COOKIE.equalsIgnoreCase(name)
                        ? List.of("[REDACTED]")
                        : values));
        return safe;
    }
}
