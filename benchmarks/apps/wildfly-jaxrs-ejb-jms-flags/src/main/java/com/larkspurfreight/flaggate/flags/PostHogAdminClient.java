package com.larkspurfreight.flaggate.flags;

import com.larkspurfreight.flaggate.config.AdminApiCredentials;
import com.larkspurfreight.flaggate.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Thin client for PostHog's private REST API (feature flag definitions).
 */
@ApplicationScoped
public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class);
    static final String AUTHORIZATION_HEADER = "Authorization";

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    private final Jsonb jsonb = JsonbBuilder.create();

    public List<FlagDefinition> listFlags() throws IOException {
        URI uri = URI.create(settings.adminHost() + "/api/projects/" + settings.projectId() + "/feature_flags/?limit=200");
        HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
        conn.setRequestMethod("GET");
        String authorization = credentials.bearerHeaderValue();
        conn.setRequestProperty(AUTHORIZATION_HEADER, authorization);
        conn.setRequestProperty("Accept", "application/json");
        LOG.debugf("GET %s with %s: %s", uri, AUTHORIZATION_HEADER, authorization);

        int status = conn.getResponseCode();
        if (status == 401 || status == 403) {
            throw new PostHogAdminException("PostHog rejected personal API key " + credentials.personalApiKey()
                    + " for project " + settings.projectId(), status);
        }
        if (status >= 400) {
            throw new PostHogAdminException("PostHog admin API returned HTTP " + status, status);
        }
        try (InputStream in = conn.getInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            FlagPage page = jsonb.fromJson(body, FlagPage.class);
            return page.results == null ? List.of() : page.results;
        }
    }

    public static class FlagPage {
        public int count;
        public List<FlagDefinition> results;
    }

    public static class FlagDefinition {
        public long id;
        public String key;
        public boolean active;
        public Integer rolloutPercentage;
    }
}
