package com.acme.analytics.enricher.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;

/** What the status endpoint reports about the running job. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusView(String jobName, String posthogHost, FlagCredentials flags, Duration uptime) {
}
