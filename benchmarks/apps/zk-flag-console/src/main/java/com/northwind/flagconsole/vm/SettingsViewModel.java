package com.northwind.flagconsole.vm;

import com.northwind.flagconsole.config.DiagnosticsClientFactory;
import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.util.KeyMasker;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zkoss.bind.annotation.Command;
import org.zkoss.bind.annotation.NotifyChange;
import org.zkoss.zk.ui.select.annotation.VariableResolver;
import org.zkoss.zk.ui.select.annotation.WireVariable;
import org.zkoss.zkplus.spring.DelegatingVariableResolver;

/** View model of settings.zul: shows the PostHog connection and tests it. */
@VariableResolver(DelegatingVariableResolver.class)
public class SettingsViewModel {

    private static final Logger log = LoggerFactory.getLogger(SettingsViewModel.class);

    @WireVariable
    private PostHogSettings postHogSettings;

    @WireVariable
    private DiagnosticsClientFactory diagnosticsClientFactory;

    private boolean revealed;
    private String connectionStatus = "not tested";

    public String getHost() {
        return postHogSettings.getHost();
    }

    public String getProjectApiKey() {
        return postHogSettings.getProjectApiKey();
    }

    public String getMaskedSecureKey() {
        return KeyMasker.mask(postHogSettings.getFeatureFlagsSecureKey());
    }

    public String getKeyFingerprint() {
        return KeyMasker.sha256Fingerprint(postHogSettings.getPersonalApiKey());
    }

    /** Bound to the "Personal API key" textbox; admins can reveal it to copy it into CI. */
    public String getPersonalApiKey() {
        String key = postHogSettings.getPersonalApiKey();
        return revealed ? key : KeyMasker.mask(key);
    }

    public boolean isRevealed() {
        return revealed;
    }

    public String getConnectionStatus() {
        return connectionStatus;
    }

    @Command
    @NotifyChange({"personalApiKey", "revealed"})
    public void reveal() {
        revealed = !revealed;
        log.info("Personal key reveal toggled, fingerprint {}", getKeyFingerprint());
    }

    @Command
    @NotifyChange("connectionStatus")
    public void testConnection() {
        ApiKeyScope apiKey = ApiKeyScope.FEATURE_FLAG_READ;
        log.info("Testing PostHog connection, personal key needs scope {}", apiKey);
        PostHogInterface client = diagnosticsClientFactory.createVerboseClient(postHogSettings.getPersonalApiKey());
        try {
            boolean enabled = client.isFeatureEnabled("flag-console-healthcheck", "console-healthcheck", false);
            connectionStatus = "OK (healthcheck flag " + (enabled ? "on" : "off") + ")";
        } finally {
            client.close();
        }
    }

    /** Scopes the console asks for when a personal API key is created. */
    enum ApiKeyScope {
        FEATURE_FLAG_READ("feature_flag:read"),
        FEATURE_FLAG_WRITE("feature_flag:write"),
        PROJECT_READ("project:read");

        private final String scope;

        ApiKeyScope(String scope) {
            this.scope = scope;
        }

        public String getScope() {
            return scope;
        }
    }
}
