package com.acme.cohorts.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the effective configuration at startup with every credential blanked out. */
public final class RedactedConfigDump {

    private static final Logger log = LoggerFactory.getLogger(RedactedConfigDump.class);
    private static final Set<String> SENSITIVE_WORDS = Set.of("key", "password", "secret", "token");

    private RedactedConfigDump() {
    }

    public static void logEffectiveConfig(Config config) {
        Map<String, String> shown = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith("posthog") && !path.startsWith("database") && !path.startsWith("scheduler")) {
                continue;
            }
            shown.put(path, isSensitive(path) ? "<redacted>" : entry.getValue().render());
        }
        shown.forEach((path, value) -> log.info("config {} = {}", path, value));
    }

    private static boolean isSensitive(String path) {
        String lower = path.toLowerCase();
        return SENSITIVE_WORDS.stream().anyMatch(lower::contains);
    }
}
