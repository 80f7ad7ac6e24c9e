package com.acme.analytics.enricher.sink;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.config.RuntimeCredentials;
import com.acme.analytics.enricher.model.EnrichedEvent;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/** Sends the enriched events back to PostHog as {@code $enriched_*} events. */
public class PostHogCaptureSink extends RichSinkFunction<EnrichedEvent> {

    private static final long serialVersionUID = 2L;
    private static final Logger LOG = LogManager.getLogger(PostHogCaptureSink.class);

    private final EnricherSettings settings;
    private transient PostHogInterface posthog;

    public PostHogCaptureSink(EnricherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(Configuration parameters) {
        // Capture with the key that owns the project: events from the project key were dropped
        // by the ingestion filter on staging.
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .flushAt(50)
                .build();
        posthog = PostHog.with(config);

        if (RuntimeCredentials.hasPosthogAccessToken()) {
            ThreadContext.put("posthog.oauth", RuntimeCredentials.posthogAccessToken());
        }
        ThreadContext.put("subtask", String.valueOf(getRuntimeContext().getIndexOfThisSubtask()));
        LOG.info("Capture sink ready for {}", settings.getHost());
    }

    @Override
    public void invoke(EnrichedEvent event, Context context) {
        Map<String, Object> properties = new HashMap<>(event.properties());
        properties.put("$feature_flags", event.flags());
        properties.put("session_window", event.sessionWindow());
        properties.put("source_event_uuid", event.uuid());
        posthog.capture(event.distinctId(), "$enriched_" + event.event(), properties);
    }

    @Override
    public void close() {
        if (posthog != null) {
            posthog.flush();
            posthog.close();
        }
        ThreadContext.clearMap();
    }
}
