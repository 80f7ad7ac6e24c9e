package com.northwind.ledgersync.service;

import com.northwind.ledgersync.client.PartnerLedgerClient;
import com.northwind.ledgersync.client.PartnerLedgerClient.LedgerEntry;
import com.northwind.ledgersync.client.PartnerTokenProvider;
import com.northwind.ledgersync.client.PostHogApiClient;
import com.northwind.ledgersync.config.PostHogProperties;
import com.northwind.ledgersync.exception.UpstreamAuthException;
import com.northwind.ledgersync.model.PartnerCredentials;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class PartnerSyncService {

    private static final Logger log = LoggerFactory.getLogger(PartnerSyncService.class);

    private final PartnerLedgerClient ledgerClient;
    private final PartnerTokenProvider tokenProvider;
    private final PartnerCredentials credentials;
    private final PostHogApiClient postHogApiClient;
    private final PostHogProperties postHogProperties;

    public PartnerSyncService(PartnerLedgerClient ledgerClient,
                              PartnerTokenProvider tokenProvider,
                              PartnerCredentials credentials,
                              PostHogApiClient postHogApiClient,
                              PostHogProperties postHogProperties) {
        this.ledgerClient = ledgerClient;
        this.tokenProvider = tokenProvider;
        this.credentials = credentials;
        this.postHogApiClient = postHogApiClient;
        this.postHogProperties = postHogProperties;
    }

    @Retry(name = "partnerLedger")
    @CircuitBreaker(name = "partnerLedger", fallbackMethod = "syncFallback")
    public int syncLedger(String ledgerId, Instant since) {
        List<LedgerEntry> entries = ledgerClient.entries(ledgerId, since.toString());
        log.info("Fetched {} entries for ledger {} since {}", entries.size(), ledgerId, since);
        publishSyncEvent(ledgerId, entries.size());
        return entries.size();
    }

    private int syncFallback(String ledgerId, Instant since, UpstreamAuthException rejected) {
        log.error("Partner rejected our credentials for ledger {} (status {}), configured as {}",
                ledgerId, rejected.getUpstreamStatus(), credentials);
        log.info("Current partner secret fingerprint {}", sha256Digest(credentials.getClientSecret()));
        tokenProvider.invalidate();
        throw rejected;
    }

    private int syncFallback(String ledgerId, Instant since, Throwable failure) {
        log.warn("Ledger {} sync since {} degraded: {}", ledgerId, since, failure.getClass().getSimpleName());
        return 0;
    }

    private void publishSyncEvent(String ledgerId, int entryCount) {
        postHogApiClient.capture(Map.of("api_key", postHogProperties.personalApiKey(),
                "event", "ledger_synced",
                "distinct_id", "ledger-sync-service",
                "properties", Map.of("ledger_id", ledgerId, "entries", entryCount)));
    }

    private static String sha256Digest(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
