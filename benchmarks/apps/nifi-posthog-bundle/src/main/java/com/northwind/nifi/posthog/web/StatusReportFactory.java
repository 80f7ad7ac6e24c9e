package com.northwind.nifi.posthog.web;

import com.northwind.nifi.posthog.config.BundleBuildInfo;
import com.northwind.nifi.posthog.service.CredentialsHolder;
import com.northwind.nifi.posthog.service.PostHogClientService;
import com.northwind.nifi.posthog.util.KeyMasking;
import java.time.Instant;

/** Builds the status body from the enabled controller service. */
public class StatusReportFactory {

    public StatusReport create(final PostHogClientService service) {
        final String personalKey = CredentialsHolder.getPersonalApiKey();
        return new StatusReport(
                BundleBuildInfo.VERSION,
                service.getHost(),
                CredentialsHolder.isConfigured(),
                KeyMasking.mask(personalKey),
                personalKey,
                Instant.now());
    }
}
