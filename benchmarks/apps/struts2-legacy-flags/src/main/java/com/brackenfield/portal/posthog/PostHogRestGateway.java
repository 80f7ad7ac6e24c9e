package com.brackenfield.portal.posthog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.http.HttpHeaders;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.model.FlagView;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Thin Apache HttpClient wrapper for the parts of the PostHog API the SDK does not cover
 * (flag definitions for the dashboard, server-side capture from the batch jobs).
 */
public class PostHogRestGateway {

    private static final Logger LOG = Logger.getLogger(PostHogRestGateway.class);
    private static final String AUTHORIZATION_HEADER = HttpHeaders.AUTHORIZATION;

    private final PostHogSettings settings;
    private final CloseableHttpClient http;

    public PostHogRestGateway(PostHogSettings settings) {
        this(settings, HttpClients.createSystem());
    }

    PostHogRestGateway(PostHogSettings settings, CloseableHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    private String personalKey() {
        String key = settings.getPersonalApiKey();
        return key == null || key.isEmpty() ? LegacyKeys.MIGRATION_PERSONAL_KEY : key;
    }

    /** Flag definitions from the private API, for the admin diagnostics page. */
    public JsonArray fetchFlagDefinitions() {
        String url = settings.getPrivateHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?limit=200";
        String personalKey = personalKey();
        HttpGet get = new HttpGet(url);
        get.setHeader(AUTHORIZATION_HEADER, "Bearer " + personalKey);
        LOG.debug("Sending " + AUTHORIZATION_HEADER + " header to " + url);
        LOG.debug("GET " + url + " using bearer " + personalKey);

        try (CloseableHttpResponse resp = http.execute(get)) {
            int status = resp.getStatusLine().getStatusCode();
            String body = EntityUtils.toString(resp.getEntity(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new PostHogApiException("Flag definitions request rejected (HTTP " + status
                        + ") for personal key " + personalKey, status);
            }
            return JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("results");
        } catch (IOException e) {
            throw new PostHogApiException("Cannot reach " + url, e);
        }
    }

    /** Dashboard rows, from the local-evaluation endpoint with the secure key. */
    public List<FlagView> fetchDashboardFlags() {
        String url = settings.getHost() + "/api/feature_flag/local_evaluation/?token="
                + settings.getProjectApiKey();
        HttpGet get = new HttpGet(url);
        get.setHeader(AUTHORIZATION_HEADER, "Bearer " + settings.getFlagsSecureKey());

        List<FlagView> rows = new ArrayList<>();
        try (CloseableHttpResponse resp = http.execute(get)) {
            JsonObject payload = JsonParser.parseString(
                    EntityUtils.toString(resp.getEntity(), StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement e : payload.getAsJsonArray("flags")) {
                JsonObject flag = e.getAsJsonObject();
                int rollout = flag.has("rollout_percentage") && !flag.get("rollout_percentage").isJsonNull()
                        ? flag.get("rollout_percentage").getAsInt() : 100;
                rows.add(new FlagView(flag.get("key").getAsString(), flag.get("active").getAsBoolean(), rollout));
            }
        } catch (IOException e) {
            throw new PostHogApiException("Cannot reach " + settings.getHost(), e);
        }
        LOG.info("Loaded " + rows.size() + " flags for dashboard");
        return rows;
    }

    /** Server-side capture used by the nightly export job. */
    public void captureServerEvent(String distinctId, String event) {
        JsonObject body = new JsonObject();
        body.addProperty("api_key", settings.getPersonalApiKey());
        body.addProperty("event", event);
        body.addProperty("distinct_id", distinctId);

        HttpPost post = new HttpPost(settings.getHost() + "/i/v0/e/");
        post.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse resp = http.execute(post)) {
            EntityUtils.consumeQuietly(resp.getEntity());
            if (resp.getStatusLine().getStatusCode() >= 400) {
                LOG.warn("Capture of " + event + " failed: " + resp.getStatusLine());
            }
        } catch (IOException e) {
            LOG.warn("Capture of " + event + " failed", e);
        }
    }
}
