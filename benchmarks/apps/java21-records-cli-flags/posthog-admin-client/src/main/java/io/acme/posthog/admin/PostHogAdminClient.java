package io.acme.posthog.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Minimal client for the parts of PostHog's private API that flagctl uses.
 * Uses {@link System.Logger} so the library does not force a logging backend on callers.
 */
public final class PostHogAdminClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostHogAdminClient.class.getName());

    public static final String AUTHORIZATION = "Authorization";

    private final AdminClientConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;

    public PostHogAdminClient(AdminClientConfig config) {
        this(config, HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    public PostHogAdminClient(AdminClientConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Page<T>(Integer count, String next, List<T> results) {
    }

    public ApiResult<List<FeatureFlag>> listFlags(int limit) {
        URI uri = config.apiHost().resolve("/api/projects/%d/feature_flags/?limit=%d"
                .formatted(config.projectId(), limit));
        ApiResult<Page<FeatureFlag>> page = send(request(uri).GET().build(), new TypeReference<>() {
        });
        return page.map(Page::results);
    }

    public ApiResult<FeatureFlag> setActive(long flagId, boolean active) {
        URI uri = config.apiHost().resolve("/api/projects/%d/feature_flags/%d/".formatted(config.projectId(), flagId));
        HttpRequest req = request(uri)
                .header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(json(Map.of("active", active))))
                .build();
        return send(req, new TypeReference<>() {
        });
    }

    /**
     * Evaluates all flags for {@code distinctId} through the public {@code /flags} endpoint,
     * the same call the browser SDK makes.
     */
    public JsonNode evaluateRemotely(String distinctId, Map<String, ?> personProperties) {
        Map<String, Object> payload = Map.of(
                "api_key", config.personalApiKey(),
                "distinct_id", distinctId,
                "person_properties", personProperties);
        HttpRequest req = HttpRequest.newBuilder(config.ingestionHost().resolve("/flags?v=2"))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json(payload)))
                .build();
        ApiResult<JsonNode> result = send(req, new TypeReference<>() {
        });
        if (result instanceof ApiResult.Ok<JsonNode>(var body)) {
            return body;
        }
        throw new PostHogApiException("flag evaluation for " + distinctId + " failed: " + result.getClass().getSimpleName(), 0);
    }

    /** Authorization-code + PKCE exchange for the CLI login flow (public client, no secret). */
    public OAuthTokens exchangeAuthorizationCode(String clientId, String code, String codeVerifier, URI redirectUri) {
        String form = formEncode(Map.of(
                "grant_type", "authorization_code",
                "client_id", clientId,
                "code", code,
                "code_verifier", codeVerifier,
                "redirect_uri", redirectUri.toString()));
        HttpRequest req = HttpRequest.newBuilder(config.apiHost().resolve("/oauth/token/"))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build();
        return switch (send(req, new TypeReference<OAuthTokens>() {
        })) {
            case ApiResult.Ok<OAuthTokens>(var tokens) -> tokens;
            case ApiResult.Unauthorized<OAuthTokens>(var detail, var ignored) ->
                    throw new PostHogApiException("authorization code rejected: " + detail, 400);
            case ApiResult.NotFound<OAuthTokens>(var path) ->
                    throw new PostHogApiException("OAuth is not enabled on this host (" + path + ")", 404);
            case ApiResult.RateLimited<OAuthTokens>(var retryAfter) ->
                    throw new PostHogApiException("rate limited, retry after " + retryAfter, 429);
        };
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Accept", "application/json")
                .header(AUTHORIZATION, "Bearer " + config.personalApiKey());
    }

    private <T> ApiResult<T> send(HttpRequest request, TypeReference<T> type) {
        LOG.log(Level.TRACE, () -> "-> %s %s %s".formatted(request.method(), request.uri(), request.headers().map()));
        HttpResponse<String> response;
        try {
            response = http.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("I/O error calling " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("interrupted while calling " + request.uri(), e);
        }
        LOG.log(Level.DEBUG, "<- {0} {1} ({2} bytes)", response.statusCode(), request.uri(), response.body().length());

        return switch (response.statusCode()) {
            case 200, 201 -> new ApiResult.Ok<>(decode(response.body(), type));
            case 401, 403 -> new ApiResult.Unauthorized<>(errorDetail(response), config.personalApiKey());
            case 404 -> new ApiResult.NotFound<>(request.uri().getPath());
            case 429 -> new ApiResult.RateLimited<>(retryAfter(response));
            default -> throw new PostHogApiException("PostHog returned %d for %s %s [%s: %s]".formatted(
                    response.statusCode(), request.method(), request.uri(),
                    AUTHORIZATION, request.headers().firstValue(AUTHORIZATION).orElse("<none>")),
                    response.statusCode());
        };
    }

    private <T> T decode(String body, TypeReference<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new PostHogApiException("could not parse PostHog response", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable: " + value.getClass().getName(), e);
        }
    }

    private String errorDetail(HttpResponse<String> response) {
        try {
            JsonNode node = mapper.readTree(response.body());
            return node.path("detail").asText(node.path("code").asText("forbidden"));
        } catch (JsonProcessingException e) {
            return "HTTP " + response.statusCode();
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValueAsLong("Retry-After")
                .stream()
                .mapToObj(Duration::ofSeconds)
                .findFirst()
                .orElse(Duration.ofSeconds(30));
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        http.close();
    }
}
