package com.acme.startupmetrics.report;

import com.acme.startupmetrics.config.AgentConfig;
import com.acme.startupmetrics.metrics.TimingEvent;
import com.acme.startupmetrics.metrics.TimingRecorder;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Periodically drains the timing buffer and sends one PostHog event per timing. */
public final class PostHogReporter implements Runnable {

    private static final Logger LOG = Logger.getLogger(PostHogReporter.class.getName());
    static final String EVENT_NAME = "jvm_startup_timing";

    private final PostHogInterface posthog;
    private final AgentConfig config;
    private final FlagDefinitionsFetcher flagFetcher;
    private volatile boolean jdbcSampling = true;

    public PostHogReporter(PostHogInterface posthog, AgentConfig config, FlagDefinitionsFetcher flagFetcher) {
        this.posthog = posthog;
        this.config = config;
        this.flagFetcher = flagFetcher;
    }

    /** Called once before the first flush. */
    public void loadSamplingFlag() {
        try {
            String definitions = flagFetcher.fetchDefinitions();
            jdbcSampling = definitions == null || definitions.contains("\"startup-metrics-jdbc-sampling\"");
        } catch (ReportingException e) {
            LOG.log(Level.WARNING, "Could not load flag definitions, sampling every JDBC call", e);
        }
    }

    @Override
    public void run() {
        List<TimingEvent> events = TimingRecorder.drain();
        if (events.isEmpty()) {
            return;
        }
        LOG.fine("Flushing " + events.size() + " timings for session " + TimingRecorder.sessionId());
        for (TimingEvent event : events) {
            if (!jdbcSampling && event.kind().startsWith("jdbc") && !event.failed()) {
                continue;
            }
            posthog.capture(
                    config.distinctId(),
                    EVENT_NAME,
                    PostHogCaptureOptions.builder()
                            .property("kind", event.kind())
                            .property("name", event.name())
                            .property("duration_ms", event.durationMillis())
                            .property("failed", event.failed())
                            .property("session_id", Long.toString(event.sessionId()))
                            .build());
        }
        posthog.flush();
    }

    public void close() {
        run();
        posthog.close();
    }
}
