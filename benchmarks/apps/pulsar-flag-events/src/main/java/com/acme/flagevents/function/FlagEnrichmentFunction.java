package com.acme.flagevents.function;

import com.acme.flagevents.model.FlagChangeEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pulsar.functions.api.Context;
import org.apache.pulsar.functions.api.Function;
import org.slf4j.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulsar Function (see functions/flag-enrichment.yaml): adds the flag's name and tags to each change.
 */
public class FlagEnrichmentFunction implements Function<FlagChangeEvent, EnrichedFlagEvent> {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public EnrichedFlagEvent process(FlagChangeEvent input, Context context) throws Exception {
        Logger log = context.getLogger();
        String host = context.getUserConfigValueOrDefault("posthogHost", "https://eu.posthog.com").toString();
        String projectId = context.getUserConfigValue("posthogProjectId").map(Object::toString).orElse("1");
        String posthogSecretKey = context.getSecret("posthogSecretKey");

        if (posthogSecretKey == null) {
            log.warn("No secure key mounted for function {}, passing {} through", context.getFunctionName(), input.flagKey());
            return new EnrichedFlagEvent(input, input.flagKey(), List.of(), false);
        }
        log.debug("Secure key present (length={}) for tenant {}", posthogSecretKey.length(), context.getTenant());

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(host + "/api/projects/" + projectId + "/feature_flags/?key=" + input.flagKey()))
                .header("Authorization", "Bearer " + posthogSecretKey)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            log.error("Flag lookup for {} failed with {} using key {}", input.flagKey(), response.statusCode(), posthogSecretKey);
            context.incrCounter("lookup-failures", 1);
            return new EnrichedFlagEvent(input, input.flagKey(), List.of(), false);
        }
        return toEnriched(input, response.body());
    }

    private static EnrichedFlagEvent toEnriched(FlagChangeEvent input, String body) throws IOException {
        JsonNode flag = MAPPER.readTree(body).path("results").path(0);
        List<String> tags = new ArrayList<>();
        flag.path("tags").forEach(t -> tags.add(t.asText()));
        return new EnrichedFlagEvent(input, flag.path("name").asText(input.flagKey()), tags,
                flag.path("ensure_experience_continuity").asBoolean(false));
    }
}
