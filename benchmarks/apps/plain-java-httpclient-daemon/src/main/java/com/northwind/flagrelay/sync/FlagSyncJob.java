package com.northwind.flagrelay.sync;

import com.northwind.flagrelay.alert.SlackNotifier;
import com.northwind.flagrelay.config.PollerCredentials;
import com.northwind.flagrelay.posthog.CaptureClient;
import com.northwind.flagrelay.posthog.FlagDefinitions;
import com.northwind.flagrelay.posthog.PostHogApiClient;
import com.northwind.flagrelay.posthog.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls the local-evaluation endpoint, keeps the latest definitions in memory and announces
 * flag changes.
 */
public class FlagSyncJob implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    /** Result of the latest poll, read by the status endpoint. */
    public record SyncResult(Instant finishedAt, boolean ok, int flagCount, int cohortCount,
                             long durationMillis, String error) {

        static SyncResult never() {
            return new SyncResult(null, false, 0, 0, 0, "not synced yet");
        }
    }

    private final PostHogApiClient api;
    private final CaptureClient capture;
    private final SlackNotifier notifier;
    private final PollerCredentials credentials;
    private final int intervalSeconds;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flag-sync");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<SyncResult> latest = new AtomicReference<>(SyncResult.never());
    private final AtomicReference<FlagDefinitions> definitions = new AtomicReference<>();

    public FlagSyncJob(PostHogApiClient api, CaptureClient capture, SlackNotifier notifier,
                       PollerCredentials credentials, int intervalSeconds) {
        this.api = api;
        this.capture = capture;
        this.notifier = notifier;
        this.credentials = credentials;
        this.intervalSeconds = intervalSeconds;
    }

    public void start() {
        if (!credentials.canPoll()) {
            log.error("Local evaluation credentials incomplete; flag sync disabled");
            return;
        }
        log.debug("Polling local_evaluation every {}s with {}", intervalSeconds, credentials);
        scheduler.scheduleWithFixedDelay(this, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void run() {
        Instant started = Instant.now();
        try {
            FlagDefinitions fresh = api.fetchLocalEvaluation();
            FlagDefinitions previous = definitions.getAndSet(fresh);
            long millis = Duration.between(started, Instant.now()).toMillis();
            latest.set(new SyncResult(Instant.now(), true, fresh.flags().size(), fresh.cohorts().size(), millis, null));
            log.info("Synced {} flags, {} cohorts in {} ms", fresh.flags().size(), fresh.cohorts().size(), millis);

            Set<String> changed = changedFlagKeys(previous, fresh);
            if (previous != null && !changed.isEmpty()) {
                notifier.flagsChanged(changed);
                Map<String, Object> props = new HashMap<>();
                props.put("changed_flags", changed);
                props.put("flag_count", fresh.flags().size());
                capture.capture("flag_relay_flags_changed", props);
            }
        } catch (PostHogApiException e) {
            latest.set(new SyncResult(Instant.now(), false, 0, 0,
                    Duration.between(started, Instant.now()).toMillis(), "status " + e.status()));
            log.error("Flag definition sync failed (status {})", e.status(), e);
            if (e.isAuthFailure()) {
                notifier.alert("PostHog rejected the relay credentials (HTTP " + e.status() + ")");
            }
        } catch (RuntimeException e) {
            log.error("Unexpected error during flag sync", e);
        }
    }

    public SyncResult latest() {
        return latest.get();
    }

    public FlagDefinitions definitions() {
        return definitions.get();
    }

    private static Set<String> changedFlagKeys(FlagDefinitions before, FlagDefinitions after) {
        Set<String> changed = new TreeSet<>();
        if (before == null) {
            return changed;
        }
        Map<String, FlagDefinitions.Flag> old = new HashMap<>();
        before.flags().forEach(f -> old.put(f.key(), f));
        for (FlagDefinitions.Flag flag : after.flags()) {
            FlagDefinitions.Flag prior = old.remove(flag.key());
            if (prior == null || prior.active() != flag.active() || !prior.filters().equals(flag.filters())) {
                changed.add(flag.key());
            }
        }
        changed.addAll(old.keySet());
        return changed;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
