package com.acme.flagdesk.posthog;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.posthog.PostHogIngestApi.CaptureRequest;
import com.acme.flagdesk.posthog.PostHogIngestApi.FlagsRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Map;

/**
 * Relays console activity to PostHog over the public ingestion API.
 */
@ApplicationScoped
public class FlagsRelay {

    private final PostHogIngestApi ingestApi;
    private final PostHogSettings settings;

    public FlagsRelay(@RestClient PostHogIngestApi ingestApi, PostHogSettings settings) {
        this.ingestApi = ingestApi;
        this.settings = settings;
    }

    public void consoleEvent(String operator, String event, Map<String, Object> properties) {
        ingestApi.capture(new CaptureRequest(settings.projectApiKey(), event, operator, properties));
    }

    /**
     * Evaluates flags remotely for a customer so support can see what they see.
     */
    public Map<String, Object> flagsFor(String customerDistinctId) {
        return ingestApi.flags(new FlagsRequest(settings.featureFlagsSecureKey(), customerDistinctId)).featureFlags();
    }
}
