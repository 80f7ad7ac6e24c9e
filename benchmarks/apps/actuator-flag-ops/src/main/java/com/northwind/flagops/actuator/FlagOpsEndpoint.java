package com.northwind.flagops.actuator;

import com.northwind.flagops.auth.PersonalKeyStore;
import com.northwind.flagops.config.PostHogProperties;
import com.northwind.flagops.posthog.FlagApiClient;
import com.northwind.flagops.support.KeyMasker;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** {@code /actuator/flagops}: key status for on-call, and rolling the personal key. */
@Component
@Endpoint(id = "flagops")
public class FlagOpsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(FlagOpsEndpoint.class);

    private final PersonalKeyStore keyStore;
    private final PostHogProperties properties;
    private final FlagApiClient flagApiClient;

    public FlagOpsEndpoint(PersonalKeyStore keyStore, PostHogProperties properties, FlagApiClient flagApiClient) {
        this.keyStore = keyStore;
        this.properties = properties;
        this.flagApiClient = flagApiClient;
    }

    @ReadOperation
    public KeyStatus status() {
        String key = keyStore.getPersonalApiKey();
        return new KeyStatus(properties.appHost(), StringUtils.hasText(key), keyStore.isBreakGlass(), KeyMasker.mask(key));
    }

    @WriteOperation
    public RotationResult rotate() {
        String rolled = flagApiClient.rollPersonalKey();
        keyStore.replace(rolled);
        log.info("Personal API key rolled; update the secret store before the next deploy");
        return new RotationResult(Instant.now(), keyStore.getPersonalApiKey());
    }

    public record KeyStatus(String host, boolean personalKeyConfigured, boolean breakGlass, String personalKeyPreview) {
    }

    public record RotationResult(Instant rolledAt, String newPersonalApiKey) {
    }
}
