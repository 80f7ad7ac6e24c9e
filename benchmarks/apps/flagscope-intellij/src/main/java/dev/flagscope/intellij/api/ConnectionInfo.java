package dev.flagscope.intellij.api;

import dev.flagscope.intellij.settings.FlagScopeCredentials;
import dev.flagscope.intellij.settings.FlagScopeSettings;

/**
 * Everything needed to talk to one PostHog project.
 */
public record ConnectionInfo(String host, String projectId, String personalApiKey, boolean oauth) {

    public static ConnectionInfo fromSettings() {
        FlagScopeSettings settings = FlagScopeSettings.getInstance();
        String key = FlagScopeCredentials.getInstance().getPersonalApiKey();
        return new ConnectionInfo(settings.getHost(), settings.getProjectId(), key, settings.isUseOAuth());
    }

    public boolean isComplete() {
        return host != null && !host.isBlank()
                && projectId != null && !projectId.isBlank()
                && personalApiKey != null && !personalApiKey.isBlank();
    }

    public String authorizationValue() {
        return ApiEndpoints.BEARER_PREFIX + personalApiKey;
    }
}
