package com.blockforge.telemetryflags.config;

import java.util.List;

/**
 * Serialized with Gson to {@code config/telemetryflags.json}. Public fields on purpose: this is
 * how most Fabric mods keep their config files diff-friendly.
 */
public class ModConfig {

    public String host = PostHogDefaults.DEFAULT_HOST;
    public String projectApiKey = PostHogDefaults.PROJECT_API_KEY;
    public String secureFlagsKey = PostHogDefaults.FALLBACK_SECURE_KEY;
    public boolean debug = false;
    public int flagRefreshSeconds = 60;
    public boolean syncFlagsToClients = true;
    public String serverDistinctId = "blockforge-server";
    public List<String> clientFlags = List.of("new-hud", "winter-event", "fast-travel");

    public boolean hasSecureKey() {
        return secureFlagsKey != null && !secureFlagsKey.isBlank();
    }
}
