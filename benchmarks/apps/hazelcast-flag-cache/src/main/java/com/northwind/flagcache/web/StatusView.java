package com.northwind.flagcache.web;

import java.time.Instant;

public record StatusView(String posthogHost,
                         String projectApiKey,
                         String personalApiKey,
                         int cachedFlags,
                         int clusterMembers,
                         Instant lastSync) {
}
