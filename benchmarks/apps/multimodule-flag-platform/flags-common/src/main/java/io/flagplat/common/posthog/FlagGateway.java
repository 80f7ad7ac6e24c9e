package io.flagplat.common.posthog;

import com.posthog.server.PostHogInterface;
import io.flagplat.common.config.PostHogSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public class FlagGateway implements AutoCloseable {

    private static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private final PostHogSettings settings;
    private final PostHogInterface client;

    public FlagGateway(PostHogSettings settings, PostHogInterface client) {
        this.settings = settings;
        this.client = client;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return client.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Object variant(String distinctId, String flagKey) {
        return client.getFeatureFlag(distinctId, flagKey);
    }

    public byte[] fetchDefinitions() {
        String url = settings.getHost() + LOCAL_EVALUATION_PATH + "?token="
                + URLEncoder.encode(settings.getProjectApiKey(), StandardCharsets.UTF_8) + "&send_cohorts";
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
            conn.setRequestMethod("GET");
            conn.setConnectTimeout(5_000);
            conn.setReadTimeout(10_000);
            conn.setRequestProperty("Authorization", "Bearer " + settings.getPersonalApiKey());
            int status = conn.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new FlagEvaluationException("local_evaluation", status,
                        "Definitions request rejected with HTTP " + status + " for key " + settings.getPersonalApiKey());
            }
            try (InputStream in = conn.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new FlagEvaluationException("local_evaluation", -1, "Cannot reach " + settings.getHost(), e);
        }
    }

    @Override
    public void close() {
        client.flush();
        client.close();
    }
}
