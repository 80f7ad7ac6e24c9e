package com.northwind.flags.sync;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * Outcome of the last flag definition poll; published on the event bus and shown in the admin UI.
 *
 * @param authorization the Authorization header the poll was sent with, so operators can tell
 *                      which credential is active
 */
public record SyncStatus(Instant syncedAt, int flagCount, int httpStatus, String authorization) {

  public static SyncStatus neverSynced() {
    return new SyncStatus(null, 0, 0, null);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("syncedAt", syncedAt == null ? null : syncedAt.toString())
        .put("flagCount", flagCount)
        .put("httpStatus", httpStatus)
        .put("authorization", authorization);
  }
}
