package io.northwind.analytics.export.posthog;

import com.posthog.java.PostHog;
import io.northwind.analytics.export.config.ConfigKeys;
import io.northwind.analytics.export.config.ExportSettings;
import io.northwind.analytics.export.util.KeyRedactor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

public class LegacyEventSender implements AutoCloseable {

    private static final Log LOG = LogFactory.getLog(LegacyEventSender.class);
    private static final String AUTHORIZATION = "Authorization";

    private final PostHog posthog;
    private final ExportSettings settings;

    public LegacyEventSender(Configuration conf, ExportSettings settings) {
        this.settings = settings;
        this.posthog = new PostHog.Builder(conf.get(ConfigKeys.EXPORT_API_KEY))
                .host(settings.getHost())
                .build();
    }

    public void sendAggregate(String distinctId, String eventName, long count) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("event_name", eventName);
        properties.put("count", count);
        properties.put("$lib", "northwind-mr-export");
        posthog.capture(distinctId, "export_aggregate", properties);
    }

    public void annotateExport(String jobId, long records) throws IOException {
        String personalKey = settings.getPersonalApiKey();
        URL url = new URL(settings.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/api/projects/@current/annotations/");
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty(AUTHORIZATION, "Bearer " + personalKey);
        String body = "{\"content\":\"MapReduce export " + jobId + " wrote " + records
                + " records\",\"scope\":\"project\"}";
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        LOG.info("Annotation for " + jobId + " returned HTTP " + status
                + " (key fingerprint " + KeyRedactor.digestHex(personalKey) + ")");
        connection.disconnect();
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
