package com.acme.analytics.enricher.functions;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.model.EnrichedEvent;
import com.acme.analytics.enricher.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Groups a user's events into session windows of 30 minutes of inactivity and numbers them.
 * The new numbering is behind the {@code session-stitching-v2} flag.
 */
public class SessionStitchingProcessFunction
        extends KeyedProcessFunction<String, EnrichedEvent, EnrichedEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(SessionStitchingProcessFunction.class);
    private static final long INACTIVITY_MS = 30 * 60 * 1000L;

    private final EnricherSettings settings;

    private transient ValueState<Long> lastSeen;
    private transient ValueState<Long> currentSession;
    private transient PostHogInterface posthog;

    public SessionStitchingProcessFunction(EnricherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(Configuration parameters) {
        lastSeen = getRuntimeContext().getState(new ValueStateDescriptor<>("lastSeen", Types.LONG));
        currentSession = getRuntimeContext().getState(new ValueStateDescriptor<>("session", Types.LONG));
        posthog = PostHogClientFactory.localEvaluationClient(settings);
    }

    @Override
    public void processElement(EnrichedEvent event, Context ctx, Collector<EnrichedEvent> out) throws Exception {
        long eventTime = event.timestamp().toEpochMilli();
        Long previous = lastSeen.value();
        Long sessionId = currentSession.value();

        if (sessionId == null || previous == null || eventTime - previous > INACTIVITY_MS) {
            boolean v2 = posthog.isFeatureEnabled(event.distinctId(), "session-stitching-v2", false);
            sessionId = v2 ? eventTime / 1000L : (sessionId == null ? 1L : sessionId + 1);
            currentSession.update(sessionId);
            LOG.debug("Opened session window {} for {}", sessionId, ctx.getCurrentKey());
        }
        lastSeen.update(eventTime);
        ctx.timerService().registerEventTimeTimer(eventTime + INACTIVITY_MS);
        out.collect(event.withSessionWindow(sessionId));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnrichedEvent> out) throws Exception {
        Long previous = lastSeen.value();
        if (previous != null && timestamp >= previous + INACTIVITY_MS) {
            lastSeen.clear();
        }
    }

    @Override
    public void close() {
        if (posthog != null) {
            posthog.close();
        }
    }
}
