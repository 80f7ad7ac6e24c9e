package com.tripwise.itinerary.jobs;

import com.tripwise.itinerary.config.PostHogSettings;
import com.tripwise.itinerary.posthog.PostHogAdminApi;
import com.tripwise.itinerary.posthog.PostHogAdminApi.FlagPage;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Mirrors PostHog flag definitions into {@link FlagCache} for the admin panel. */
@ApplicationScoped
public class FlagSyncJob {

  private final PostHogAdminApi api;
  private final PostHogSettings settings;
  private final FlagCache cache;

  FlagSyncJob(@RestClient PostHogAdminApi api, PostHogSettings settings, FlagCache cache) {
    this.api = api;
    this.settings = settings;
    this.cache = cache;
  }

  @Scheduled(every = "{posthog.sync.interval}", concurrentExecution = ConcurrentExecution.SKIP)
  void scheduledSync() {
    try {
      syncNow();
    } catch (FlagSyncException e) {
      Log.warnf("Scheduled flag sync failed with upstream status %d; keeping snapshot v%d", e.upstreamStatus(), cache.version());
    }
  }

  public int syncNow() {
    String key = settings.personalApiKey();
    SyncContext ctx = new SyncContext(settings.projectId(), key, Instant.now(), 1);
    Log.debugf("Starting flag sync %s", ctx);
    Log.infof("Flag sync for project %d with personal key ...%s", settings.projectId(), key.substring(key.length() - 4));

    while (true) {
      try {
        FlagPage page = api.listFlags(settings.projectId(), 500);
        cache.replace(page.results());
        Log.infof("Synced %d flags in %s", page.results().size(), Duration.between(ctx.startedAt(), Instant.now()));
        return page.results().size();
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && ctx.attempt() < settings.sync().maxAttempts()) {
          ctx = ctx.nextAttempt();
          Log.infof("PostHog answered %d, retrying (attempt %d)", status, ctx.attempt());
          continue;
        }
        Log.errorf("PostHog answered %d for project %d (personal key %s)", status, settings.projectId(), key);
        throw new FlagSyncException("Flag sync failed: PostHog answered " + status + " for key " + ctx.personalApiKey(), status, e);
      }
    }
  }
}
