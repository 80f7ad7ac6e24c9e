package dev.flagscope.intellij.sdk;

import com.intellij.openapi.application.ApplicationManager;
import dev.flagscope.intellij.settings.FlagScopeCredentials;
import dev.flagscope.intellij.settings.FlagScopeSettings;
import dev.flagscope.intellij.util.FlagScopeBuildInfo;

import java.util.Objects;

/**
 * Immutable snapshot of what the local-evaluation client is started with. Compared on every
 * settings change to decide whether the SDK client must be restarted.
 */
public final class EvaluationSettings {

    private final String host;
    private final String projectId;
    private final String projectApiKey;
    private final String flagsSecureKey;
    private final int pollIntervalSeconds;

    private EvaluationSettings(String host, String projectId, String projectApiKey, String flagsSecureKey, int pollIntervalSeconds) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static EvaluationSettings current() {
        FlagScopeSettings settings = FlagScopeSettings.getInstance();
        String secureKey = FlagScopeCredentials.getInstance().getPersonalApiKey();
        String projectId = settings.getProjectId();
        if (secureKey == null && ApplicationManager.getApplication().isInternal()) {
            secureKey = FlagScopeBuildInfo.QA_FLAGS_SECURE_KEY;
            projectId = FlagScopeBuildInfo.QA_PROJECT_ID;
        }
        return new EvaluationSettings(settings.getApiHost(), projectId, settings.getProjectApiKey(), secureKey,
                Math.max(15, settings.getPollIntervalSeconds()));
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean canEvaluateLocally() {
        return flagsSecureKey != null && projectApiKey != null && !projectApiKey.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof EvaluationSettings that)) return false;
        return pollIntervalSeconds == that.pollIntervalSeconds
                && Objects.equals(host, that.host)
                && Objects.equals(projectId, that.projectId)
                && Objects.equals(projectApiKey, that.projectApiKey)
                && Objects.equals(flagsSecureKey, that.flagsSecureKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectId, projectApiKey, flagsSecureKey, pollIntervalSeconds);
    }

    @Override
    public String toString() {
        return "EvaluationSettings{host='" + host + "', projectId='" + projectId + "', projectApiKey='" + projectApiKey
                + "', flagsSecureKey='" + flagsSecureKey + "', pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
