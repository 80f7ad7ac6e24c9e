package dev.flagscope.intellij.settings;

import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.application.ModalityState;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.options.Configurable;
import com.intellij.openapi.options.ConfigurationException;
import com.intellij.openapi.util.text.StringUtil;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.api.PostHogApiClient;
import dev.flagscope.intellij.api.PostHogApiException;
import dev.flagscope.intellij.notifications.FlagScopeNotifier;
import dev.flagscope.intellij.util.KeyMasking;
import org.jetbrains.annotations.Nls;
import org.jetbrains.annotations.Nullable;

import javax.swing.JComponent;
import java.util.Objects;

public final class FlagScopeConfigurable implements Configurable {

    private static final Logger LOG = Logger.getInstance(FlagScopeConfigurable.class);

    private FlagScopeSettingsPanel panel;

    @Override
    public @Nls String getDisplayName() {
        return "FlagScope (PostHog)";
    }

    @Override
    public @Nullable JComponent getPreferredFocusedComponent() {
        return panel == null ? null : panel.getPreferredFocus();
    }

    @Override
    public @Nullable JComponent createComponent() {
        panel = new FlagScopeSettingsPanel();
        panel.getTestButton().addActionListener(e -> testConnection());
        return panel.getComponent();
    }

    @Override
    public boolean isModified() {
        FlagScopeSettings.State state = FlagScopeSettings.getInstance().getState();
        return !Objects.equals(panel.getHost(), state.host)
                || !Objects.equals(panel.getProjectId(), state.projectId)
                || !Objects.equals(panel.getProjectApiKey(), state.projectApiKey)
                || panel.isLocalEvaluation() != state.localEvaluation
                || panel.getPollInterval() != state.pollIntervalSeconds
                || panel.isShareUsageStatistics() != state.shareUsageStatistics
                || !enteredPersonalKey().equals(StringUtil.notNullize(FlagScopeCredentials.getInstance().getPersonalApiKey()));
    }

    @Override
    public void apply() throws ConfigurationException {
        String personalKey = enteredPersonalKey();
        if (KeyMasking.looksLikeProjectKey(personalKey)) {
            FlagScopeNotifier.projectKeyInPersonalField(null);
            throw new ConfigurationException("The personal API key field contains a project API key (phc_).");
        }
        FlagScopeSettings.State state = FlagScopeSettings.getInstance().getState();
        state.host = panel.getHost();
        state.projectId = panel.getProjectId();
        state.projectApiKey = panel.getProjectApiKey();
        state.localEvaluation = panel.isLocalEvaluation();
        state.pollIntervalSeconds = panel.getPollInterval();
        state.shareUsageStatistics = panel.isShareUsageStatistics();
        LOG.debug("apply(): host=" + state.host + ", projectId=" + state.projectId + ", personalApiKey=" + personalKey);

        FlagScopeCredentials.getInstance().setPersonalApiKey(personalKey);
        LOG.info("FlagScope settings saved (personal key set: " + !personalKey.isEmpty() + ", " + personalKey.length() + " chars)");
    }

    @Override
    public void reset() {
        FlagScopeSettings.State state = FlagScopeSettings.getInstance().getState();
        panel.setHost(state.host);
        panel.setProjectId(state.projectId);
        panel.setProjectApiKey(state.projectApiKey);
        panel.setLocalEvaluation(state.localEvaluation);
        panel.setPollInterval(state.pollIntervalSeconds);
        panel.setShareUsageStatistics(state.shareUsageStatistics);
        panel.getPersonalKeyField().setText(FlagScopeCredentials.getInstance().getPersonalApiKey());
    }

    @Override
    public void disposeUIResources() {
        panel = null;
    }

    private String enteredPersonalKey() {
        return new String(panel.getPersonalKeyField().getPassword()).trim();
    }

    private void testConnection() {
        ConnectionInfo candidate = new ConnectionInfo(panel.getHost(), panel.getProjectId(), enteredPersonalKey(), false);
        panel.setTestResult("Testing connection...");
        ApplicationManager.getApplication().executeOnPooledThread(() -> {
            String result;
            try {
                result = "Connected as " + new PostHogApiClient(candidate).whoAmI();
            } catch (PostHogApiException ex) {
                LOG.warn("Connection test failed, HTTP status " + ex.getStatusCode());
                result = ex.isUnauthorized()
                        ? "PostHog rejected the key (HTTP " + ex.getStatusCode() + ")"
                        : "Could not reach " + candidate.host();
            }
            String message = result;
            ApplicationManager.getApplication().invokeLater(() -> {
                if (panel != null) {
                    panel.setTestResult(message);
                }
            }, ModalityState.any());
        });
    }
}
