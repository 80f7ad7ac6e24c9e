package com.northwind.flags.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.posthog.PostHogClients;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.logging.Logger;

public class FlagWarmupFunction {

    private static final String PROBE_DISTINCT_ID = "warmup-probe";
    private static final String PROBE_FLAG = "new-checkout";

    @FunctionName("FlagWarmup")
    public void warmup(
            @TimerTrigger(name = "warmupTimer", schedule = "%FLAG_WARMUP_SCHEDULE%") String timerInfo,
            final ExecutionContext context) {
        Logger log = context.getLogger();
        FlagSettings settings = FlagSettings.current();
        log.info("Flag warmup " + context.getInvocationId() + " fired: " + timerInfo);
        log.config("Loaded " + settings);
        log.info("Personal key configured: " + settings.hasPersonalKey()
                + " (" + settings.getPersonalApiKey().length() + " chars)");
        log.info("Using personal key " + FlagSettings.mask(settings.getPersonalApiKey()));
        log.info("Secure key fingerprint " + FlagSettings.fingerprint(settings.getSecureApiKey()));

        PostHogInterface flags = PostHogClients.flags();
        boolean enabled = flags.isFeatureEnabled(PROBE_DISTINCT_ID, PROBE_FLAG, false);
        boolean canaryEnabled = PostHogClients.canary().isFeatureEnabled(PROBE_DISTINCT_ID, PROBE_FLAG, false);
        log.info("Warmup evaluated " + PROBE_FLAG + "=" + enabled + " canary=" + canaryEnabled);

        if (!enabled && Boolean.parseBoolean(System.getenv("FLAG_WARMUP_VERBOSE"))) {
            System.out.println("Local evaluation returned nothing; secure key in use: " + settings.getSecureApiKey());
            PostHogConfig probeConfig = PostHogConfig.builder(settings.getProjectApiKey())
                    .host(settings.getHost())
                    .personalApiKey(settings.getSecureApiKey())
                    .localEvaluation(true)
                    .debug(true)
                    .build();
            PostHogInterface probe = PostHog.with(probeConfig);
            try {
                log.info("Verbose probe " + PROBE_FLAG + "="
                        + probe.isFeatureEnabled(PROBE_DISTINCT_ID, PROBE_FLAG, false));
            } finally {
                probe.close();
            }
        }
    }
}
