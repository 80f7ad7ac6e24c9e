package com.acme.exporter.batch;

import com.acme.exporter.model.EventRecord;
import com.acme.exporter.model.EventRow;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Map;
import java.util.Set;

@Component
public class EventProcessor implements ItemProcessor<EventRecord, EventRow> {

    private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

    private static final Set<String> SKIPPED = Set.of("$feature_flag_called", "$autocapture", "$pageleave");

    private final PostHogInterface postHog;

    public EventProcessor(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    @Override
    public EventRow process(EventRecord item) {
        if (SKIPPED.contains(item.event())) {
            return null;
        }
        Map<String, Object> props = item.properties() == null ? Map.of() : item.properties();
        String currentUrl = String.valueOf(props.getOrDefault("$current_url", ""));
        boolean includeUrls = postHog.isFeatureEnabled("batch-exporter", "export-include-urls");

        String firstSegment = "";
        if (!currentUrl.isEmpty()) {
            String path = URI.create(currentUrl).getPath();
            for (String token : path.split("/")) {
                log.trace("path token '{}'", token);
                if (!token.isBlank()) {
                    firstSegment = token;
                    break;
                }
            }
        }
        return new EventRow(item.id(), item.event(), item.distinctId(),
                item.timestamp() == null ? "" : item.timestamp().toString(),
                includeUrls ? currentUrl : "", firstSegment);
    }
}
