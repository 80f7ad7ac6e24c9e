package com.relaymesh.streamrelay.flags;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.relaymesh.streamrelay.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty(prefix = "relay.diagnostics", name = "enabled", havingValue = "true")
public class FlagDiagnosticsRunner implements ApplicationRunner {

    private static final Logger log = LogManager.getLogger(FlagDiagnosticsRunner.class);

    private final PostHogProperties properties;
    private final String secureFlagsKey;

    public FlagDiagnosticsRunner(PostHogProperties properties,
                                 @Value("${posthog.feature-flags-secure-api-key:phs_GAqdMsZexiIVdIEqtxUQUarUE5xJgoAFB9A1Pkwy4NJHhoz}") String secureFlagsKey) {
        this.properties = properties;
        this.secureFlagsKey = secureFlagsKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("diagnostics: secure flags key has {} chars, sha256 {}",
                secureFlagsKey.length(), digestHex(secureFlagsKey));

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(secureFlagsKey);
        config.setDebug(true);
        PostHogInterface client = PostHog.with(config);
        try {
            List<String> flags = args.containsOption("flag") ? args.getOptionValues("flag") : properties.getWatchedFlags();
            for (String flag : flags) {
                Object value = client.getFeatureFlag("diagnostics-runner", flag);
                log.info("diagnostics: {} -> {}", flag, value);
            }
        } finally {
            client.close();
        }
    }

    private static String digestHex(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
