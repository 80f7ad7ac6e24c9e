package com.acme.flags.sample.startup;

import com.acme.flags.FlagClient;
import com.acme.flags.KeyDefaults;
import com.acme.flags.sample.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

@Component
public class FlagWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FlagWarmup.class);
    private static final List<String> CRITICAL_FLAGS = List.of("new-checkout", "search-ranking");

    private final FlagClient flagClient;
    private final PostHogProperties properties;

    @Value("${posthog.feature-flags-secure-key:phs_TsJTN8xi07Cmp8YfoBGkvvP5q8v7B7TZlG3qhHOjWomGdNv}")
    private String secureKey;

    @Value("${flags.warmup.distinct-id:warmup-probe}")
    private String warmupDistinctId;

    public FlagWarmup(FlagClient flagClient, PostHogProperties properties) {
        this.flagClient = flagClient;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Warming up {} flags for project {} using secure key {}",
                CRITICAL_FLAGS.size(), properties.getProjectApiKey(), mask(secureKey));
        for (String flag : CRITICAL_FLAGS) {
            boolean enabled = flagClient.isEnabled(flag, warmupDistinctId);
            log.info("Flag {} -> {}", flag, enabled);
        }
        if (args.containsOption("verify-local-evaluation")) {
            verifyLocalEvaluation();
        }
        if (args.containsOption("sandbox")) {
            warmSandbox();
        }
    }

    private void verifyLocalEvaluation() {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey()).personalApiKey(secureKey).debug(true).build();
        PostHogInterface probe = PostHog.with(config);
        try {
            for (String flag : CRITICAL_FLAGS) {
                log.info("Local evaluation of {}: {}", flag, probe.isFeatureEnabled(warmupDistinctId, flag, false));
            }
        } finally {
            probe.close();
        }
    }

    private void warmSandbox() {
        PostHogConfig.Builder builder = PostHogConfig.builder(KeyDefaults.SANDBOX_PROJECT_KEY).host(KeyDefaults.DEFAULT_HOST);
        builder.personalApiKey(KeyDefaults.SANDBOX_PROJECT_KEY);
        PostHogInterface sandbox = PostHog.with(builder.build());
        try {
            sandbox.isFeatureEnabled(warmupDistinctId, "new-checkout", false);
        } finally {
            sandbox.close();
        }
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
