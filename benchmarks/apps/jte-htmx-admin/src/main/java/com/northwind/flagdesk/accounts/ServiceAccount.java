package com.northwind.flagdesk.accounts;

import java.time.Instant;

/** A machine caller of Flagdesk's own API (CI pipelines flipping flags on deploy). */
public record ServiceAccount(long id, String name, String apiToken, Instant rotatedAt, boolean enabled) {
}
