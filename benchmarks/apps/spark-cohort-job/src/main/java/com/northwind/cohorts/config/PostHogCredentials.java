package com.northwind.cohorts.config;

import java.io.Serializable;

/** The PostHog keys one run of the job works with. */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String host)
        implements Serializable {
}
