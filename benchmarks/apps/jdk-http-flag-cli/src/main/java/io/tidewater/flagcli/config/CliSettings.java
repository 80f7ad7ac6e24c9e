package io.tidewater.flagcli.config;

import java.util.Objects;
import java.util.Optional;

public record CliSettings(
        String host,
        String appHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String secureKey,
        KeySource personalKeySource,
        boolean sdkDebug,
        int pollIntervalSeconds,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        int previewPort,
        String exportDir) {

    public enum KeySource {
        ENVIRONMENT,
        SYSTEM_PROPERTY,
        HOME_FILE,
        BUNDLED_DEFAULTS,
        CI_FALLBACK,
        NONE
    }

    public CliSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(appHost, "appHost");
        Objects.requireNonNull(projectApiKey, "projectApiKey");
        if (personalKeySource == null) {
            personalKeySource = KeySource.NONE;
        }
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public Optional<String> localEvaluationKey() {
        if (secureKey != null && !secureKey.isBlank()) {
            return Optional.of(secureKey);
        }
        return hasPersonalApiKey() ? Optional.of(personalApiKey) : Optional.empty();
    }
}
