package com.tidewater.invoices.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.invoices.config.AppConfig;
import com.tidewater.invoices.config.PostHogDefaults;
import com.tidewater.invoices.model.AnalyticsSettings;
import com.tidewater.invoices.model.ClientBootstrap;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Thin wrapper around the PostHog server SDK, one instance per Lambda container.
 */
public class AnalyticsClient implements AutoCloseable {

    private static final Logger log = LogManager.getLogger(AnalyticsClient.class);

    private final PostHogInterface postHog;

    public AnalyticsClient(AppConfig config) {
        AnalyticsSettings settings = new AnalyticsSettings(PostHogDefaults.HOST, config.projectApiKey(),
                config.personalApiKey(), config.isLocalStage());
        System.out.println("[cold-start] analytics settings " + settings);
        this.postHog = PostHog.with(buildConfig(settings));
    }

    static PostHogConfig buildConfig(AnalyticsSettings settings) {
        if (settings.debug()) {
            return localConfig(settings);
        }
        return PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(60)
                .build();
    }

    private static PostHogConfig localConfig(AnalyticsSettings settings) {
        log.info("Local stage: PostHog SDK runs in debug mode");
        return PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
    }

    public void invoiceCreated(String customerId, String invoiceId) {
        postHog.capture(customerId, "invoice_created");
        log.debug("Captured invoice_created for invoice {}", invoiceId);
    }

    public boolean isEnabled(String customerId, String flagKey) {
        return postHog.isFeatureEnabled(customerId, flagKey, false);
    }

    /**
     * Everything posthog-js needs in the browser, plus the flags the customer already has on so the
     * first render does not flicker.
     */
    public ClientBootstrap bootstrapFor(String customerId, AppConfig config) {
        List<String> enabled = List.of("invoice-pdf-v2", "dunning-emails", "multi-currency").stream()
                .filter(flag -> isEnabled(customerId, flag))
                .collect(Collectors.toList());
        return new ClientBootstrap(config.projectApiKey(), PostHogDefaults.HOST, config.flagsSecureKey(), enabled);
    }

    @Override
    public void close() {
        postHog.close();
    }
}
