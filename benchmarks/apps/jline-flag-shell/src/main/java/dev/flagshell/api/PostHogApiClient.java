package dev.flagshell.api;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.flagshell.config.KeyDefaults;
import dev.flagshell.model.ProjectSession;
import dev.flagshell.util.Redaction;

public final class PostHogApiClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostHogApiClient.class.getName());

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String appHost;
    private final boolean verbose;

    public PostHogApiClient(String appHost, ObjectMapper mapper, boolean verbose) {
        this.appHost = appHost;
        this.mapper = mapper;
        this.verbose = verbose;
        this.http = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(KeyDefaults.REQUEST_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public CompletableFuture<ApiResult> listFlags(ProjectSession session) {
        URI uri = URI.create(appHost + "/api/projects/" + session.projectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(KeyDefaults.REQUEST_TIMEOUT)
                .header(KeyDefaults.AUTH_HEADER, "Bearer " + session.personalKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        if (verbose) {
            LOG.log(Level.DEBUG, "GET {0} headers={1}", uri, Redaction.redactHeaders(request.headers()));
        }
        return send(request);
    }

    public CompletableFuture<ApiResult> localEvaluation(String host, String projectKey, String secureKey) {
        String query = "token=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8) + "&send_cohorts";
        URI uri = URI.create(host + "/api/feature_flag/local_evaluation/?" + query);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(KeyDefaults.REQUEST_TIMEOUT)
                .header(KeyDefaults.AUTH_HEADER, "Bearer " + secureKey)
                .GET()
                .build();
        LOG.log(Level.TRACE, "local evaluation request {0} {1}", uri, request.headers().map());
        return send(request);
    }

    private CompletableFuture<ApiResult> send(HttpRequest request) {
        Instant started = Instant.now();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> toResult(request, response, Duration.between(started, Instant.now())));
    }

    private ApiResult toResult(HttpRequest request, HttpResponse<String> response, Duration elapsed) {
        int status = response.statusCode();
        if (status == 404) {
            return new ApiResult.NotFound(request.uri().getPath());
        }
        if (status == 401 || status == 403) {
            String authorization = request.headers().firstValue(KeyDefaults.AUTH_HEADER).orElse("<none>");
            throw PostHogApiException.rejected(status, request.uri(), authorization);
        }
        if (status >= 400) {
            return new ApiResult.Failed(status, response.body());
        }
        try {
            JsonNode body = mapper.readTree(response.body());
            return new ApiResult.Ok(body, elapsed);
        } catch (IOException e) {
            throw new PostHogApiException("unreadable JSON from " + request.uri(), e);
        }
    }

    @Override
    public void close() {
        http.close();
        executor.close();
    }
}
