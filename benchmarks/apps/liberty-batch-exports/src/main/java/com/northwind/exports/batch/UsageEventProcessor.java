package com.northwind.exports.batch;

import com.northwind.exports.batch.UsageEventReader.UsageEvent;
import com.posthog.server.PostHogInterface;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.logging.Logger;

@Named("usageEventProcessor")
@Dependent
public class UsageEventProcessor implements ItemProcessor {

    private static final Logger LOG = Logger.getLogger(UsageEventProcessor.class.getName());
    private static final int LOOKUPS_PER_CHUNK = 250;

    @Inject
    PostHogInterface posthog;

    @Inject
    JobContext jobContext;

    private int tokenBudget = LOOKUPS_PER_CHUNK;
    private Boolean includeSessionId;

    @Override
    public Object processItem(Object item) throws Exception {
        UsageEvent event = (UsageEvent) item;
        if (event.distinctId == null || event.distinctId.isBlank()) {
            return null;
        }
        if (includeSessionId == null) {
            String customerId = jobContext.getProperties().getProperty("customerId");
            includeSessionId = posthog.isFeatureEnabled(customerId, "usage-export-session-column", false);
            LOG.fine("Session column for customer " + customerId + ": " + includeSessionId);
        }
        if (--tokenBudget <= 0) {
            LOG.finer("Person lookup token budget exhausted, remaining rows use cached plan: " + tokenBudget);
            tokenBudget = LOOKUPS_PER_CHUNK;
        }
        StringBuilder row = new StringBuilder()
                .append(csv(event.timestamp)).append(',')
                .append(csv(event.event)).append(',')
                .append(csv(event.distinctId)).append(',')
                .append(csv(Objects.toString(event.properties.get("$current_url"), "")));
        if (includeSessionId) {
            row.append(',').append(csv(Objects.toString(event.properties.get("$session_id"), "")));
        }
        return row.toString();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
