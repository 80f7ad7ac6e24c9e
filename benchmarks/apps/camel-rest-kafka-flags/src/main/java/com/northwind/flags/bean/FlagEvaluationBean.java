package com.northwind.flags.bean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.filter.FlagFilterLexer;
import com.posthog.server.PostHogInterface;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Camel bean behind the REST DSL flag endpoints.
 */
@Component("flagEvaluationBean")
public class FlagEvaluationBean {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationBean.class);

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final ProducerTemplate producer;
    private final ObjectMapper objectMapper;
    private final AtomicInteger cachedFlags = new AtomicInteger();
    private final AtomicReference<Instant> lastSync = new AtomicReference<>();

    public FlagEvaluationBean(PostHogInterface postHog, PostHogProperties properties,
                              ProducerTemplate producer, ObjectMapper objectMapper) {
        this.postHog = postHog;
        this.properties = properties;
        this.producer = producer;
        this.objectMapper = objectMapper;
    }

    public Map<String, Object> evaluate(@Header("flagKey") String flagKey,
                                        @Header("distinctId") String distinctId,
                                        @Header("filter") String filter) {
        if (filter != null && !filter.isBlank()) {
            List<FlagFilterLexer.Token> tokens = new FlagFilterLexer(filter).tokenize();
            log.debug("Parsed filter for {} into {} tokens", flagKey, tokens.size());
        }
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("flag", flagKey);
        result.put("distinctId", distinctId);
        result.put("enabled", enabled);
        return result;
    }

    /**
     * Fallback used when local evaluation has not loaded yet: asks PostHog's /flags endpoint directly.
     */
    public String remoteFlags(@Header("distinctId") String distinctId) throws JsonProcessingException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("api_key", properties.getSecureApiKey());
        payload.put("distinct_id", distinctId);

        return producer.requestBodyAndHeader(
                properties.getHost() + "/flags/?v=2",
                objectMapper.writeValueAsString(payload),
                Exchange.CONTENT_TYPE, "application/json",
                String.class);
    }

    /**
     * Configuration for the browser SDK; the project token is public.
     */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiKey", properties.getProjectApiKey());
        config.put("apiHost", properties.getHost());
        config.put("personProfiles", "identified_only");
        return config;
    }

    public void recordSync(Exchange exchange) {
        Integer count = exchange.getIn().getHeader("flagCount", Integer.class);
        cachedFlags.set(count == null ? 0 : count);
        lastSync.set(Instant.now());
    }

    public int cachedFlagCount() {
        return cachedFlags.get();
    }

    public Instant lastSync() {
        return lastSync.get();
    }
}
