package dev.flagscope.intellij.settings;

import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.components.PersistentStateComponent;
import com.intellij.openapi.components.State;
import com.intellij.openapi.components.Storage;
import com.intellij.util.xmlb.XmlSerializerUtil;
import org.jetbrains.annotations.NotNull;

/**
 * Non-secret settings. Secrets live in {@link FlagScopeCredentials} (PasswordSafe).
 */
@State(name = "FlagScopeSettings", storages = @Storage("flagscope.xml"))
public final class FlagScopeSettings implements PersistentStateComponent<FlagScopeSettings.State> {

    public static final class State {
        public String host = "https://us.posthog.com";
        public String projectId = "";
        /** Project API key (phc_), used by the tool window's embedded posthog-js. */
        public String projectApiKey = "";
        public boolean localEvaluation = true;
        public int pollIntervalSeconds = 60;
        public boolean useOAuth = false;
        public boolean shareUsageStatistics = true;
    }

    private State state = new State();

    public static FlagScopeSettings getInstance() {
        return ApplicationManager.getApplication().getService(FlagScopeSettings.class);
    }

    @Override
    public @NotNull State getState() {
        return state;
    }

    @Override
    public void loadState(@NotNull State loaded) {
        XmlSerializerUtil.copyBean(loaded, state);
    }

    public String getHost() {
        return state.host;
    }

    public String getApiHost() {
        return state.host.replace("://us.posthog.com", "://us.i.posthog.com")
                .replace("://eu.posthog.com", "://eu.i.posthog.com");
    }

    public String getProjectId() {
        return state.projectId;
    }

    public String getProjectApiKey() {
        return state.projectApiKey;
    }

    public boolean isLocalEvaluation() {
        return state.localEvaluation;
    }

    public int getPollIntervalSeconds() {
        return state.pollIntervalSeconds;
    }

    public boolean isUseOAuth() {
        return state.useOAuth;
    }

    public boolean isShareUsageStatistics() {
        return state.shareUsageStatistics;
    }
}
