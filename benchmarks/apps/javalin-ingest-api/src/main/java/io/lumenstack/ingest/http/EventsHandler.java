package io.lumenstack.ingest.http;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.lumenstack.ingest.config.AppConfig;
import io.lumenstack.ingest.model.IngestEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class EventsHandler {

    private static final Logger log = LoggerFactory.getLogger(EventsHandler.class);
    private static final String PIPELINE_FLAG = "ingest-pipeline-v2";

    private final PostHogInterface posthog;
    private final AppConfig cfg;

    public EventsHandler(PostHogInterface posthog, AppConfig cfg) {
        this.posthog = posthog;
        this.cfg = cfg;
    }

    public void capture(Context ctx) {
        IngestEvent event = ctx.bodyAsClass(IngestEvent.class);
        if (event.distinctId() == null || event.event() == null) {
            throw new BadRequestResponse("distinct_id and event are required");
        }
        Map<String, Object> properties = new HashMap<>(event.properties() == null ? Map.of() : event.properties());
        properties.put("$lib", "lumenstack-ingest");
        properties.put("source_ip", ctx.ip());
        posthog.capture(event.distinctId(), event.event(), PostHogCaptureOptions.builder()
                .properties(properties)
                .timestamp(event.timestamp() != null ? event.timestamp() : Instant.now())
                .build());
        log.debug("captured {} for {}", event.event(), event.distinctId());
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("accepted", true));
    }

    public void pipelineFlag(Context ctx) {
        String distinctId = ctx.pathParam("distinctId");
        boolean enabled = posthog.isFeatureEnabled(distinctId, PIPELINE_FLAG, false);
        ctx.json(Map.of("flag", PIPELINE_FLAG, "enabled", enabled));
    }

    /** Used by the browser SDK snippet on customer sites. */
    public void bootstrap(Context ctx) {
        ctx.json(Map.of(
                "token", cfg.projectApiKey(),
                "api_host", cfg.posthogIngestHost(),
                "persistence", "localStorage+cookie"));
    }
}
