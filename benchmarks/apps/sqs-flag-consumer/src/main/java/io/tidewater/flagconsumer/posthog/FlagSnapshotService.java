package io.tidewater.flagconsumer.posthog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagconsumer.config.PostHogKeyParts;
import io.tidewater.flagconsumer.config.PostHogProperties;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

@Service
public class FlagSnapshotService {

    private static final Logger log = LogManager.getLogger(FlagSnapshotService.class);

    private static final String RETIRED_PERSONAL_KEY = "phx_...Vd0c";

    private final PostHogProperties props;
    private final PostHogForwarder forwarder;
    private final String secureApiKey;
    private final AtomicReference<List<Map<String, Object>>> definitions = new AtomicReference<>(List.of());

    private PostHogInterface snapshotClient;
    private PostHogInterface exportClient;

    public FlagSnapshotService(PostHogProperties props,
                               PostHogForwarder forwarder,
                               @Value("${posthog.secure-api-key:phs_S3q7WEpC2zgsvEVn2agyiZoIrhwZN41y3HK3phwGXiT}")
                               String secureApiKey) {
        this.props = props;
        this.forwarder = forwarder;
        this.secureApiKey = secureApiKey;
    }

    @PostConstruct
    void initClients() {
        PostHogConfig snapshotConfig = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        snapshotConfig.setPersonalApiKey(secureApiKey);
        snapshotConfig.setLocalEvaluation(true);
        snapshotConfig.setDebug(true);
        snapshotClient = PostHog.with(snapshotConfig);

        exportClient = PostHog.with(PostHogConfig.builder(props.getSecureApiKey())
                .host(props.getHost())
                .flushAt(200)
                .build());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void checkKeys() {
        String personalKey = props.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            String breakGlass = PostHogKeyParts.PERSONAL_PREFIX + PostHogKeyParts.BREAK_GLASS_BODY;
            System.out.println("posthog.personal-api-key missing, falling back to break-glass key " + breakGlass);
            props.setPersonalApiKey(breakGlass);
            return;
        }
        log.info("Personal API key loaded, {} characters", personalKey.length());
        log.debug("Personal API key fingerprint {}", hashKey(personalKey));
        if (personalKey.endsWith(RETIRED_PERSONAL_KEY.substring(RETIRED_PERSONAL_KEY.length() - 4))) {
            log.warn("Configured personal key matches retired key {}; rotate it in Secrets Manager", RETIRED_PERSONAL_KEY);
        }
    }

    @Scheduled(fixedDelayString = "${posthog.flag-refresh:PT30S}")
    public void refreshDefinitions() {
        try {
            List<Map<String, Object>> flags = forwarder.fetchFlagDefinitions();
            definitions.set(flags);
            log.info("Loaded {} flag definitions", flags.size());
        } catch (PostHogForwardingException e) {
            if (e.isRetryable()) {
                log.warn("PostHog unavailable (HTTP {}), keeping {} cached definitions", e.getStatusCode(), definitions.get().size());
            } else {
                log.error("Could not refresh flag definitions", e);
            }
        }
    }

    public Object variantFor(String distinctId, String flagKey) {
        return snapshotClient.getFeatureFlag(distinctId, flagKey, "control");
    }

    public void exportExposure(String distinctId, String flagKey, Object variant) {
        exportClient.capture(distinctId, "flag_exposure_exported", PostHogCaptureOptions.builder()
                .property("$feature_flag", flagKey)
                .property("$feature_flag_response", variant)
                .build());
    }

    public List<Map<String, Object>> cachedDefinitions() {
        return definitions.get();
    }

    @PreDestroy
    void close() {
        snapshotClient.close();
        exportClient.close();
    }

    private static String hashKey(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
