package io.brightloop.flagproxy.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.Config;
import io.brightloop.flagproxy.auth.TokenHolder;
import io.brightloop.flagproxy.posthog.PostHogApiClient;
import io.brightloop.flagproxy.posthog.PostHogApiException;
import io.brightloop.flagproxy.rules.FlagExpressionLexer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Periodically pulls flag definitions from PostHog into memory. */
@Singleton
public final class FlagSyncJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);
    private static final Duration TOKEN_MAX_AGE = Duration.ofMinutes(50);

    private final PostHogApiClient api;
    private final AtomicLong version = new AtomicLong();
    private volatile JsonNode latest;

    @Inject
    FlagSyncJob(PostHogApiClient api, FlagExpressionLexer lexer, Config config) {
        this.api = api;
        for (String override : config.getStringList("flags.overrides")) {
            String rule = override.substring(override.indexOf(':') + 1);
            LOG.infof("Override %s has %d tokens", override.substring(0, override.indexOf(':')), lexer.tokenize(rule).size());
        }
    }

    @Override
    public void run() {
        Instant refreshedAt = TokenHolder.refreshedAt();
        if (refreshedAt != null && refreshedAt.plus(TOKEN_MAX_AGE).isBefore(Instant.now())) {
            LOG.warn(String.format("PostHog OAuth token is stale (refreshed %s), still using %s", refreshedAt, TokenHolder.accessToken()));
        }
        try {
            latest = api.listFeatureFlags();
            LOG.debugf("Flag snapshot v%d: %d flags", version.incrementAndGet(), latest.size());
        } catch (PostHogApiException e) {
            LOG.errorf("PostHog rejected the flag sync (HTTP %d); check the personal API key", e.status());
        } catch (IOException e) {
            LOG.warnf("Flag sync failed: %s", e.getMessage());
        }
    }

    public JsonNode latest() {
        return latest;
    }

    public long version() {
        return version.get();
    }
}
