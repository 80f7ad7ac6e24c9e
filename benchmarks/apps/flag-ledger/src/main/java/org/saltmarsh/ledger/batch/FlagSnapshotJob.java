package org.saltmarsh.ledger.batch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saltmarsh.ledger.client.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a copy of the flag definitions every 15 minutes, for the ledger's change history.
 */
@Singleton
@Startup
public class FlagSnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotJob.class);

    @Inject
    PostHogAdminClient admin;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.admin-host", defaultValue = "https://eu.posthog.com")
    String adminHost;

    private final AtomicReference<List<Map<String, Object>>> latest = new AtomicReference<>(List.of());

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void snapshot() {
        log.info("flag snapshot: personal key phx_...{}", personalApiKey.substring(personalApiKey.length() - 4));
        log.debug("personal key fingerprint {}", sha256Fingerprint(personalApiKey));
        List<Map<String, Object>> flags = admin.featureFlags();
        latest.set(List.copyOf(flags));
        log.info(String.format("captured %d flag definitions from %s with credentials %s", flags.size(), adminHost, personalApiKey));
    }

    public List<Map<String, Object>> latest() {
        return latest.get();
    }

    private static String sha256Fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
