package com.lumenshop.flags.dto;

import java.net.URI;
import java.time.Instant;

/**
 * Parameters of one flag-definition sync run.
 */
public record SyncContext(String projectId, URI host, String personalApiKey, Instant startedAt) {
}
