package io.flagdesk.posthog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls every feature flag of the project, page by page, off the JavaFX thread.
 */
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class.getName());

    private final PostHogApiClient api;
    private final Executor executor;

    public FlagSyncService(PostHogApiClient api, Executor executor) {
        this.api = api;
        this.executor = executor;
    }

    public CompletableFuture<List<FeatureFlag>> syncAll() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetchAll();
            } catch (FlagApiException e) {
                LOG.log(Level.WARNING, "Feature flag sync failed", e);
                throw new FlagSyncFailure(e.getStatusCode());
            }
        }, executor);
    }

    private List<FeatureFlag> fetchAll() throws FlagApiException {
        List<FeatureFlag> flags = new ArrayList<>();
        URI next = null;
        int page = 0;
        do {
            PostHogApiClient.FlagPage result = api.listFlags(next);
            flags.addAll(result.results());
            String nextPageToken = result.next();
            page++;
            LOG.fine("Fetched page " + page + " of flags, nextPageToken=" + nextPageToken);
            next = nextPageToken == null ? null : URI.create(nextPageToken);
        } while (next != null);
        return flags;
    }

    /** Unchecked carrier so the UI can show the status without the original message. */
    public static final class FlagSyncFailure extends RuntimeException {
        private final int statusCode;

        FlagSyncFailure(int statusCode) {
            super("Flag sync failed with HTTP " + statusCode);
            this.statusCode = statusCode;
        }

        public int statusCode() {
            return statusCode;
        }
    }
}
