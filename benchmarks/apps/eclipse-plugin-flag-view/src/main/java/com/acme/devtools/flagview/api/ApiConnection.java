package com.acme.devtools.flagview.api;

import java.net.URI;

import org.eclipse.jface.preference.IPreferenceStore;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.preferences.PreferenceConstants;
import com.acme.devtools.flagview.secure.CredentialStore;

/**
 * Everything needed to talk to one PostHog project.
 */
public record ApiConnection(URI appHost, URI ingestHost, long projectId, String projectApiKey,
        String personalApiKey, ProxySettings proxy) {

    public static ApiConnection fromPreferences() {
        IPreferenceStore store = FlagViewPlugin.getDefault().getPreferenceStore();
        String personalApiKey = CredentialStore.personalApiKey()
                .orElseThrow(() -> new IllegalStateException("No PostHog personal API key configured"));
        ProxySettings proxy = ProxySettings.none();
        String proxyHost = store.getString(PreferenceConstants.P_PROXY_HOST);
        if (!proxyHost.isBlank()) {
            proxy = new ProxySettings(proxyHost, store.getInt(PreferenceConstants.P_PROXY_PORT),
                    store.getString(PreferenceConstants.P_PROXY_USER),
                    CredentialStore.proxyPassword().orElse(null));
        }
        return new ApiConnection(
                URI.create(store.getString(PreferenceConstants.P_HOST)),
                URI.create(store.getString(PreferenceConstants.P_INGEST_HOST)),
                store.getLong(PreferenceConstants.P_PROJECT_ID),
                store.getString(PreferenceConstants.P_PROJECT_API_KEY),
                personalApiKey,
                proxy);
    }

    public ApiConnection withPersonalApiKey(String bearer) {
        return new ApiConnection(appHost, ingestHost, projectId, projectApiKey, bearer, proxy);
    }

    public URI featureFlagsUri() {
        return appHost.resolve("/api/projects/" + projectId + "/feature_flags/?limit=200");
    }

    public URI flagsEvaluationUri() {
        return ingestHost.resolve("/flags/?v=2");
    }
}
