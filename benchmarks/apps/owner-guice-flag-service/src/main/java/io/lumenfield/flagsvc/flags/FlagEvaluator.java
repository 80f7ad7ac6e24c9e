package io.lumenfield.flagsvc.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.posthog.server.PostHogInterface;
import io.lumenfield.flagsvc.config.PostHogSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Singleton
public class FlagEvaluator {

    private static final Logger log = LogManager.getLogger(FlagEvaluator.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final AtomicLong sessions = new AtomicLong();

    @Inject
    public FlagEvaluator(@Named("flags") PostHogInterface posthog, PostHogSettings settings, ObjectMapper mapper) {
        this.posthog = posthog;
        this.settings = settings;
        this.mapper = mapper;
    }

    public Map<String, Object> evaluate(String distinctId, List<String> flagKeys) {
        long sessionId = sessions.incrementAndGet();
        log.debug("evaluation session {} for {} ({} flags)", sessionId, distinctId, flagKeys.size());
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            try {
                values.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey, false));
            } catch (RuntimeException e) {
                throw new FlagEvaluationException("Could not evaluate '" + flagKey
                        + "' with local evaluation key " + settings.localEvaluationKey(), flagKey, e);
            }
        }
        return values;
    }

    public int definitionCount() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host()
                        + "/api/feature_flag/local_evaluation/?token=" + settings.projectApiKey() + "&send_cohorts"))
                .header("Authorization", "Bearer " + settings.localEvaluationKey())
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new FlagEvaluationException("local_evaluation returned HTTP " + response.statusCode(), null, null);
        }
        JsonNode root = mapper.readTree(response.body());
        return root.path("flags").size();
    }
}
