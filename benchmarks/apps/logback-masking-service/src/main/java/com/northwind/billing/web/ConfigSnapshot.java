package com.northwind.billing.web;

import com.northwind.billing.config.PaymentProperties;
import com.northwind.billing.config.PostHogProperties;

/** Effective runtime configuration, used by the startup report and the admin diagnostics page. */
public record ConfigSnapshot(
        String posthogHost,
        String posthogProjectKey,
        String posthogPersonalKey,
        String paymentBaseUrl,
        String paymentClientId) {

    public static ConfigSnapshot from(PostHogProperties posthog, PaymentProperties payment) {
        return new ConfigSnapshot(posthog.host(), posthog.apiKey(), posthog.personalApiKey(),
                payment.getBaseUrl(), payment.getClientId());
    }
}
