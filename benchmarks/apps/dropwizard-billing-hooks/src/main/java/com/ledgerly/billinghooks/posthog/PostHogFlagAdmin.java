package com.ledgerly.billinghooks.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ledgerly.billinghooks.PostHogSettings;

/**
 * Thin client for PostHog's private feature-flag API. Plan flags are targeted by adding
 * the customer id to a "billing" condition group on the flag.
 */
public class PostHogFlagAdmin {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagAdmin.class);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final PostHogSettings settings;

    public PostHogFlagAdmin(HttpClient http, ObjectMapper mapper, PostHogSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.settings = settings;
    }

    public String flagForPlan(String plan) throws FlagAdminException {
        return switch (plan == null ? "" : plan) {
            case "starter" -> "plan-starter";
            case "growth" -> "plan-growth";
            case "enterprise" -> "plan-enterprise";
            default -> throw new FlagAdminException("Unknown plan '" + plan + "'", 422);
        };
    }

    public int countFlags() throws FlagAdminException {
        JsonNode page = send(request(flagsUri("?limit=1")).GET().build());
        return page.path("count").asInt();
    }

    public void enableForCustomer(String flagKey, String customerId) throws FlagAdminException {
        JsonNode flag = findByKey(flagKey);
        ObjectNode filters = (ObjectNode) flag.path("filters").deepCopy();
        ArrayNode groups = filters.withArray("groups");
        groups.add(mapper.valueToTree(Map.of(
                "rollout_percentage", 100,
                "properties", List.of(Map.of("key", "customer_id", "type", "person",
                        "operator", "exact", "value", List.of(customerId))))));

        String body = mapper.createObjectNode().set("filters", filters).toString();
        send(request(flagsUri(flag.path("id").asText() + "/"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build());
        log.info("Enabled flag {} for customer {}", flagKey, customerId);
    }

    private JsonNode findByKey(String flagKey) throws FlagAdminException {
        JsonNode page = send(request(flagsUri("?search=" + flagKey)).GET().build());
        List<JsonNode> matches = new ArrayList<>();
        page.path("results").forEach(matches::add);
        return matches.stream()
                .filter(f -> flagKey.equals(f.path("key").asText()))
                .findFirst()
                .orElseThrow(() -> new FlagAdminException("No PostHog flag with key " + flagKey, 404));
    }

    private URI flagsUri(String suffix) {
        return URI.create(settings.getAppHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/" + suffix);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.getPersonalApiKey())
                .header("Content-Type", "application/json");
    }

    private JsonNode send(HttpRequest request) throws FlagAdminException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagAdminException("PostHog unreachable: " + e.getMessage(), 503, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagAdminException("Interrupted calling PostHog", 503, e);
        }

        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new FlagAdminException("PostHog rejected personal API key " + settings.getPersonalApiKey()
                    + " for " + request.method() + " " + request.uri().getPath(), status);
        }
        if (status >= 300) {
            throw new FlagAdminException(request.method() + " " + request.uri().getPath() + " returned " + status, status);
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new FlagAdminException("Unparseable PostHog response", 502, e);
        }
    }
}
