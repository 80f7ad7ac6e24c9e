package io.northwind.ledgersync.sync;

import io.northwind.ledgersync.config.FlagsCredentials;
import io.northwind.ledgersync.config.PostHogProperties;
import io.northwind.ledgersync.domain.LedgerEntry;
import io.northwind.ledgersync.domain.LedgerEntryRepository;
import io.northwind.ledgersync.domain.SyncCursor;
import io.northwind.ledgersync.domain.SyncCursorRepository;
import io.northwind.ledgersync.config.PostHogKeys;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulls "payment_captured" events from PostHog every few minutes and books them into the ledger.
 */
@Component
public class PostHogEventSyncJob {

    private static final Logger log = LoggerFactory.getLogger(PostHogEventSyncJob.class);
    private static final String STREAM = "payment_captured";

    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;
    private final FlagsCredentials flagsCredentials;
    private final LedgerEntryRepository ledgerEntries;
    private final SyncCursorRepository cursors;
    private final Clock clock;

    public PostHogEventSyncJob(PostHogApiClient apiClient, PostHogProperties properties,
                               FlagsCredentials flagsCredentials, LedgerEntryRepository ledgerEntries,
                               SyncCursorRepository cursors, Clock clock) {
        this.apiClient = apiClient;
        this.properties = properties;
        this.flagsCredentials = flagsCredentials;
        this.ledgerEntries = ledgerEntries;
        this.cursors = cursors;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void logConfiguration() {
        log.info("PostHog sync configured: {}", properties);
        log.info("Personal API key in use: {}", PostHogKeys.mask(properties.personalApiKey()));
        if (flagsCredentials.isConfigured()) {
            log.debug("Local flag evaluation uses secure key {}", flagsCredentials.getSecureKey());
        }
    }

    @Scheduled(fixedDelayString = "${ledger.sync.interval:PT5M}", initialDelayString = "PT30S")
    @Transactional
    public void sync() {
        SyncCursor cursor = cursors.findById(STREAM).orElseGet(() -> new SyncCursor(STREAM));
        log.debug("Resuming {} sync from page token {}", STREAM, cursor.getNextPageToken());

        try {
            PostHogApiClient.PostHogEventPage page = apiClient.fetchEvents(STREAM, cursor.getNextPageToken());
            int booked = 0;
            for (PostHogApiClient.PostHogEvent event : page.results()) {
                if (ledgerEntries.existsByExternalEventId(event.id())) {
                    continue;
                }
                ledgerEntries.save(toEntry(event));
                booked++;
            }
            cursor.advance(page.next(), Instant.now(clock));
            cursors.save(cursor);
            log.info("Booked {} new ledger entries from PostHog", booked);
        } catch (PostHogSyncException e) {
            log.error("PostHog sync failed with status {}", e.getStatus(), e);
        }
    }

    private LedgerEntry toEntry(PostHogApiClient.PostHogEvent event) {
        Object amount = event.properties().getOrDefault("amount", "0");
        Object currency = event.properties().getOrDefault("currency", "EUR");
        return new LedgerEntry(event.distinctId(), new BigDecimal(amount.toString()), currency.toString(),
                LedgerEntry.Source.POSTHOG_SYNC, event.id(), event.timestamp());
    }
}
