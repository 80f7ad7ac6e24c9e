package com.northbeam.flagsync.config;

import java.util.List;

public record PostHogSettings(
        String host,
        String uiHost,
        long projectId,
        String projectKey,
        String personalApiKey,
        String secureFlagsKey,
        int pollIntervalSeconds,
        List<String> watchedFlags) {

    public PostHogSettings {
        watchedFlags = List.copyOf(watchedFlags);
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public boolean hasSecureFlagsKey() {
        return secureFlagsKey != null && !secureFlagsKey.isBlank();
    }
}
