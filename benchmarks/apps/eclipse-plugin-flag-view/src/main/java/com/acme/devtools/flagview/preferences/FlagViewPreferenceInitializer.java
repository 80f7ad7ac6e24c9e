package com.acme.devtools.flagview.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.internal.BundledDefaults;

/**
 * Default-scope values. preferences.ini in the bundle root is applied by the runtime
 * before this runs, so only keys that are missing there are filled in here.
 */
public class FlagViewPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(FlagViewPlugin.PLUGIN_ID);

        putIfAbsent(defaults, PreferenceConstants.P_HOST, BundledDefaults.APP_HOST.toString());
        putIfAbsent(defaults, PreferenceConstants.P_INGEST_HOST, BundledDefaults.INGEST_HOST.toString());
        putIfAbsent(defaults, PreferenceConstants.P_PROJECT_ID, Long.toString(BundledDefaults.PLATFORM_PROJECT_ID));
        putIfAbsent(defaults, PreferenceConstants.P_PROJECT_API_KEY, BundledDefaults.PROJECT_API_KEY);
        defaults.putInt(PreferenceConstants.P_REFRESH_MINUTES, defaults.getInt(PreferenceConstants.P_REFRESH_MINUTES, 10));
        defaults.putBoolean(PreferenceConstants.P_REFRESH_ON_STARTUP, true);
        defaults.putBoolean(PreferenceConstants.P_LOCAL_EVALUATION, false);
        defaults.putInt(PreferenceConstants.P_PROXY_PORT, 3128);

        String legacyKey = defaults.get(PreferenceConstants.P_LEGACY_PERSONAL_API_KEY, "");
        FlagViewPlugin.log().info("Preference defaults initialised (legacy personal key present: "
                + !legacyKey.isEmpty() + ", key length " + legacyKey.length() + ")");
    }

    private static void putIfAbsent(IEclipsePreferences node, String key, String value) {
        if (node.get(key, null) == null) {
            node.put(key, value);
        }
    }
}
