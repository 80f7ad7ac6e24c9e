package com.larkspur.ledger.analytics;

import com.larkspur.ledger.config.LedgerSettings;
import com.larkspur.ledger.config.PostHogKeys;
import com.posthog.java.PostHog;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends ledger events to PostHog through the 1.x Java client.
 */
public class EventPublisher {

    private final PostHog postHog;

    public EventPublisher(LedgerSettings settings) {
        String apiKey = System.getenv(PostHogKeys.PERSONAL_KEY_ENV);
        if (apiKey == null || apiKey.isBlank()) {
            apiKey = settings.projectApiKey();
        }
        this.postHog = new PostHog.Builder(apiKey).host(settings.posthogHost()).build();
    }

    public void entryRecorded(String accountId, long amountMinor, String currency, String caller) {
        Map<String, Object> props = new HashMap<>();
        props.put("amount_minor", amountMinor);
        props.put("currency", currency);
        props.put("caller", caller);
        postHog.capture(accountId, "ledger_entry_recorded", props);
    }

    public void shutdown() {
        postHog.shutdown();
    }
}
