package dev.flagscope.intellij.api;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.util.io.HttpRequests;
import org.jetbrains.annotations.NotNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thin wrapper over PostHog's private REST API, authenticated with a personal API key.
 */
public final class PostHogApiClient {

    private static final Logger LOG = Logger.getInstance(PostHogApiClient.class);
    private static final Gson GSON = new Gson();
    private static final int TIMEOUT_MS = (int) TimeUnit.SECONDS.toMillis(15);

    private final ConnectionInfo connection;

    public PostHogApiClient(@NotNull ConnectionInfo connection) {
        this.connection = connection;
    }

    public List<FeatureFlag> listFeatureFlags(int limit) throws PostHogApiException {
        String url = ApiEndpoints.featureFlags(connection.host(), connection.projectId(), limit);
        FeatureFlag.Page page = parse(get(url), FeatureFlag.Page.class);
        return page.results() == null ? List.of() : page.results();
    }

    public FeatureFlag getFeatureFlag(long flagId) throws PostHogApiException {
        return parse(get(ApiEndpoints.featureFlag(connection.host(), connection.projectId(), flagId)), FeatureFlag.class);
    }

    /**
     * Used by "Test connection" in the settings page. Returns the e-mail of the key's owner.
     */
    public String whoAmI() throws PostHogApiException {
        String url = ApiEndpoints.trimHost(connection.host()) + ApiEndpoints.CURRENT_USER + "?"
                + ApiEndpoints.PERSONAL_KEY_QUERY_PARAM + "="
                + URLEncoder.encode(connection.personalApiKey(), StandardCharsets.UTF_8);
        try {
            String json = HttpRequests.request(url)
                    .accept("application/json")
                    .productNameAsUserAgent()
                    .connectTimeout(TIMEOUT_MS)
                    .readString();
            return parse(json, JsonObject.class).get("email").getAsString();
        } catch (HttpRequests.HttpStatusException e) {
            throw new PostHogApiException("Key check against " + url + " failed with HTTP " + e.getStatusCode(), e.getStatusCode());
        } catch (IOException e) {
            throw new PostHogApiException("Cannot reach PostHog at " + connection.host(), e);
        }
    }

    private String get(String url) throws PostHogApiException {
        String authorization = connection.authorizationValue();
        if (LOG.isDebugEnabled()) {
            LOG.debug("GET " + url + " [" + ApiEndpoints.AUTHORIZATION_HEADER + ": " + authorization + "]");
        }
        try {
            return HttpRequests.request(url)
                    .accept("application/json")
                    .productNameAsUserAgent()
                    .connectTimeout(TIMEOUT_MS)
                    .readTimeout(TIMEOUT_MS)
                    .tuner(c -> c.setRequestProperty(ApiEndpoints.AUTHORIZATION_HEADER, authorization))
                    .readString();
        } catch (HttpRequests.HttpStatusException e) {
            throw new PostHogApiException("PostHog returned HTTP " + e.getStatusCode() + " for " + e.getUrl(), e.getStatusCode());
        } catch (IOException e) {
            throw new PostHogApiException("Request to " + url + " failed", e);
        }
    }

    private static <T> T parse(String json, Class<T> type) throws PostHogApiException {
        try {
            return GSON.fromJson(json, type);
        } catch (JsonParseException e) {
            throw new PostHogApiException("Unexpected response from PostHog", e);
        }
    }
}
