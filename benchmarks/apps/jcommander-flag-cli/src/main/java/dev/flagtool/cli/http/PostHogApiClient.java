package dev.flagtool.cli.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.model.FeatureFlag;
import dev.flagtool.cli.util.Redactor;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Logger;

public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());
    private static final String AUTHORIZATION = "Authorization";

    private final ToolConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;

    public PostHogApiClient(ToolConfig config) {
        this.config = config;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = buildHttpClient(config);
    }

    private static HttpClient buildHttpClient(ToolConfig config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.getTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (!config.getProxyHost().isBlank()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(config.getProxyHost(), config.getProxyPort())));
            if (!config.getProxyUser().isBlank()) {
                String proxyUser = config.getProxyUser();
                String proxyPassword = config.getProxyPassword();
                System.err.printf("Using proxy %s:%d as %s/%s%n", config.getProxyHost(), config.getProxyPort(), proxyUser, proxyPassword);
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(proxyUser, proxyPassword.toCharArray());
                    }
                });
            }
        }
        return builder.build();
    }

    public List<FeatureFlag> listFlags(String projectId) {
        URI uri = URI.create(config.getAppHost() + "/api/projects/" + projectId + "/feature_flags/?limit=200");
        JsonNode body = get(uri);
        return mapper.convertValue(body.path("results"), new TypeReference<List<FeatureFlag>>() { });
    }

    public FeatureFlag getFlag(String projectId, long flagId) {
        URI uri = URI.create(config.getAppHost() + "/api/projects/" + projectId + "/feature_flags/" + flagId + "/");
        return mapper.convertValue(get(uri), FeatureFlag.class);
    }

    private JsonNode get(URI uri) {
        String authHeader = "Bearer " + config.getPersonalApiKey();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.getTimeout())
                .header("Accept", "application/json")
                .header(AUTHORIZATION, authHeader)
                .GET()
                .build();
        LOG.fine("Adding " + AUTHORIZATION + " header for " + uri.getHost());
        LOG.finer(() -> "GET " + uri + " headers=" + Redactor.redactHeaders(request.headers().map()));

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException("I/O error calling " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted calling " + uri, e);
        }

        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ApiException("GET " + uri + " returned " + status + " (" + AUTHORIZATION + ": "
                    + authHeader + ")", status);
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException("Unparseable response from " + uri, e);
        }
    }
}
