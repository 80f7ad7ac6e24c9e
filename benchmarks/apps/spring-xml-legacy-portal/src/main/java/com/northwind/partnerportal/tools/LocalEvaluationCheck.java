package com.northwind.partnerportal.tools;

import com.northwind.partnerportal.config.PortalConstants;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public final class LocalEvaluationCheck {

    private LocalEvaluationCheck() {
    }

    public static void main(String[] args) {
        String host = System.getProperty("posthog.host", "https://eu.i.posthog.com");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String distinctId = args.length > 0 ? args[0] : PortalConstants.DEFAULT_DISTINCT_ID;
        if (personalKey == null || personalKey.isEmpty()) {
            System.err.println("Export the personal API key before running this check");
            System.exit(2);
        }

        PostHogConfig config = PostHogConfig.builder(personalKey).host(host).build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        PostHogInterface client = PostHog.with(config);
        try {
            boolean enabled = client.isFeatureEnabled(distinctId, PortalConstants.FLAG_NEW_INVOICE_VIEW, false);
            System.out.println(PortalConstants.FLAG_NEW_INVOICE_VIEW + " for " + distinctId + " on " + host + ": " + enabled);
        } catch (RuntimeException e) {
            System.err.println("Local evaluation failed for key " + personalKey + ": " + e.getMessage());
            System.exit(1);
        } finally {
            client.close();
        }
    }
}
