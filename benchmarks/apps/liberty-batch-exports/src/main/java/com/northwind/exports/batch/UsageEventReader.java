package com.northwind.exports.batch;

import com.northwind.exports.analytics.PostHogKeys;
import com.northwind.exports.config.PostHogSettings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;

import java.io.InputStream;
import java.io.Serializable;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

@Named("usageEventReader")
@Dependent
public class UsageEventReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(UsageEventReader.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "eventName")
    String eventName;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Deque<UsageEvent> buffer = new ArrayDeque<>();
    private String nextPage;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        nextPage = checkpoint != null ? (String) checkpoint : firstPage();
        LOG.info("Reading '" + eventName + "' events of project " + settings.getProjectId()
                + " (personal key digest " + PostHogKeys.sha256Digest(settings.getPersonalApiKey()) + ")");
    }

    @Override
    public Object readItem() throws Exception {
        if (buffer.isEmpty() && nextPage != null) {
            fetchPage();
        }
        return buffer.poll();
    }

    @Override
    public Serializable checkpointInfo() {
        return nextPage;
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }

    private String firstPage() {
        String after = jobContext.getProperties().getProperty("exportDate");
        return settings.getApiHost() + "/api/projects/" + settings.getProjectId() + "/events/"
                + "?event=" + URLEncoder.encode(eventName, StandardCharsets.UTF_8)
                + "&after=" + after
                + "&limit=" + pageSize;
    }

    private void fetchPage() throws Exception {
        URL url = URI.create(nextPage + "&personal_api_key=" + settings.getPersonalApiKey()).toURL();
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestProperty("Accept", "application/json");
        conn.setConnectTimeout(10_000);
        conn.setReadTimeout(60_000);
        int status = conn.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            conn.disconnect();
            throw new PostHogApiException(status, url.toString());
        }
        try (InputStream in = conn.getInputStream()) {
            EventPage page = jsonb.fromJson(in, EventPage.class);
            buffer.addAll(page.results);
            nextPage = page.next;
            LOG.fine("Fetched " + page.results.size() + " events, more=" + (page.next != null));
        } finally {
            conn.disconnect();
        }
    }

    public static class EventPage {
        public String next;
        public List<UsageEvent> results = List.of();
    }

    public static class UsageEvent {
        public String id;
        public String event;
        @JsonbProperty("distinct_id")
        public String distinctId;
        public String timestamp;
        public Map<String, Object> properties = Map.of();
    }
}
