package com.tidewater.flagctl.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.Defaults;
import com.tidewater.flagctl.model.FeatureFlag;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Thin wrapper around the PostHog private API (feature flags) and the capture endpoint. */
public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());

    private final CliConfig cfg;
    private final RequestTracer tracer;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogApiClient(CliConfig cfg, RequestTracer tracer) {
        this.cfg = cfg;
        this.tracer = tracer;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(cfg.timeoutSeconds()));
        if (cfg.usesProxy()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(cfg.proxyHost(), cfg.proxyPort())));
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(cfg.proxyUser(), cfg.proxyPassword().toCharArray());
                }
            });
            LOG.info("Routing PostHog traffic through " + cfg.proxyHost() + ":" + cfg.proxyPort()
                    + " as " + cfg.proxyUser() + " / " + cfg.proxyPassword());
        }
        this.http = builder.build();
    }

    public List<FeatureFlag> listFlags() throws IOException, InterruptedException {
        URI uri = URI.create(cfg.host() + "/api/projects/" + cfg.projectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(Defaults.AUTHORIZATION_HEADER, "Bearer " + cfg.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        tracer.trace(request);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ApiException(response.statusCode(), "GET " + uri + " was rejected for key "
                    + cfg.personalApiKey() + ": " + response.body());
        }
        return mapper.readValue(response.body(), FeatureFlag.Page.class).results();
    }

    public void setActive(int flagId, boolean active) throws IOException, InterruptedException {
        URI uri = URI.create(cfg.host() + "/api/projects/" + cfg.projectId() + "/feature_flags/" + flagId + "/");
        String auth = "Bearer " + cfg.personalApiKey();
        LOG.fine("PATCH " + uri + " with " + Defaults.AUTHORIZATION_HEADER + ": " + auth);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(Defaults.AUTHORIZATION_HEADER, auth)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        mapper.writeValueAsString(Map.of("active", active))))
                .build();
        tracer.trace(request);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new ApiException(response.statusCode(), "PATCH flag " + flagId + " failed");
        }
    }

    /** Records an audit event ("flag toggled from flagctl") in the project that owns the flag. */
    public void captureAudit(String distinctId, String event, Map<String, Object> properties)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", cfg.personalApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("properties", properties);
        body.put("timestamp", Instant.now().toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(Defaults.INGEST_HOST + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                .build();
        tracer.trace(request);
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        LOG.fine("audit event " + event + " -> HTTP " + response.statusCode());
    }
}
