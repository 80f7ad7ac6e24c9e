package com.northwind.flaggateway.posthog;

import java.time.Instant;

/** Snapshot of the flag catalog the gateway serves. */
public record FlagSyncStatus(long projectId, String secretKey, int flagCount, Instant syncedAt) {
}
