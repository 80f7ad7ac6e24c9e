package com.acme.flagctl.http;

import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Defaults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Thin wrapper around {@link HttpClient} for the PostHog private API (personal key) and the
 * public ingestion endpoints (project key).
 */
public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());

    private final CliConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;

    public PostHogApiClient(CliConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = buildClient(config);
    }

    private static HttpClient buildClient(CliConfig config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Defaults.HTTP_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        config.proxyHost().ifPresent(host -> {
            builder.proxy(ProxySelector.of(new InetSocketAddress(host, config.proxyPort())));
            String user = config.proxyUser();
            String password = config.proxyPassword();
            if (user != null && password != null) {
                LOG.config("Using authenticated proxy " + user + ":" + password + "@" + host + ":" + config.proxyPort());
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password.toCharArray());
                    }
                });
            } else {
                LOG.config("Using proxy " + host + ":" + config.proxyPort());
            }
        });
        return builder.build();
    }

    /** GET on the private API, authenticated with the personal API key. */
    public JsonNode getJson(String path) {
        String key = config.personalApiKey();
        LOG.fine("personal key present=" + (key != null) + ", length=" + (key == null ? 0 : key.length()));
        URI uri = URI.create(config.host() + path);
        LOG.finer("Attaching " + Defaults.AUTH_HEADER + " header for " + uri.getHost());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Defaults.HTTP_TIMEOUT)
                .header("Accept", "application/json")
                .header(Defaults.AUTH_HEADER, "Bearer " + key)
                .GET()
                .build();
        return send(request);
    }

    /** POST to a public ingestion endpoint; the project key travels in the body. */
    public JsonNode postPublic(String url, ObjectNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Defaults.HTTP_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                    .build();
            return send(request);
        } catch (IOException e) {
            throw new PostHogApiException("Could not serialise request to " + url, e);
        }
    }

    public void capture(String projectApiKey, String distinctId, String event, Map<String, Object> properties) {
        ObjectNode body = mapper.createObjectNode();
        body.put("api_key", projectApiKey);
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.set("properties", mapper.valueToTree(properties));
        postPublic(Defaults.INGEST_HOST + "/i/v0/e/", body);
    }

    private JsonNode send(HttpRequest request) {
        LOG.fine(() -> request.method() + " " + request.uri() + " " + request.headers().map());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new PostHogApiException(request, response.statusCode(), response.body());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new PostHogApiException("I/O error calling " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted calling " + request.uri(), e);
        }
    }
}
