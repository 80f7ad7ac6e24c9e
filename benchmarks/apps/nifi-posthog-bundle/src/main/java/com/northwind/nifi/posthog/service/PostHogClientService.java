package com.northwind.nifi.posthog.service;

import com.posthog.server.PostHogInterface;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.controller.ControllerService;

@Tags({"posthog", "analytics", "feature flags"})
@CapabilityDescription("Provides a shared PostHog server client to PostHog processors.")
public interface PostHogClientService extends ControllerService {

    PostHogInterface getClient();

    PostHogCredentials getCredentials();

    PostHogAdminClient getAdminClient();

    String getProjectApiKey();

    String getPersonalApiKey();

    String getHost();
}
