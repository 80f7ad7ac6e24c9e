package io.lumenrail.flags.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.lumenrail.flags.config.PostHogProperties;
import io.lumenrail.flags.web.dto.FlagBootstrapResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FlagBootstrapService {

    private static final Logger log = LoggerFactory.getLogger(FlagBootstrapService.class);

    private final PostHogRestClient restClient;
    private final PostHogProperties properties;
    private final MeterRegistry meterRegistry;
    private final String secureApiKey;
    private final Clock clock;

    public FlagBootstrapService(PostHogRestClient restClient,
                                PostHogProperties properties,
                                MeterRegistry meterRegistry,
                                @Value("${POSTHOG_FEATURE_FLAGS_SECURE_API_KEY:}") String secureApiKey) {
        this.restClient = restClient;
        this.properties = properties;
        this.meterRegistry = meterRegistry;
        this.secureApiKey = secureApiKey;
        this.clock = Clock.systemUTC();
    }

    public int definitionCount() throws IOException {
        return restClient.localEvaluationDefinitions().path("flags").size();
    }

    public FlagBootstrapResponse bootstrap(String distinctId) throws IOException {
        Timer.Sample sample = Timer.start(meterRegistry);
        JsonNode evaluated = restClient.evaluateFlags(distinctId);
        Map<String, Object> flags = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = evaluated.path("flags").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode variant = entry.getValue().path("variant");
            flags.put(entry.getKey(), variant.isMissingNode() || variant.isNull()
                    ? entry.getValue().path("enabled").asBoolean(false)
                    : variant.asText());
        }
        sample.stop(meterRegistry.timer("flags.bootstrap", "project", String.valueOf(properties.getProjectId())));
        log.debug("Bootstrapped {} flags for {}", flags.size(), distinctId);
        return new FlagBootstrapResponse(distinctId, properties.getProjectApiKey(), properties.getHost(),
                flags, secureApiKey, Instant.now(clock));
    }
}
