package io.skyforge.runner.prefs;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Preferences;

import io.skyforge.runner.config.TelemetryConfig;

import java.util.UUID;

public class PlayerPrefs {

    private static final String PREFS_NAME = "io.skyforge.runner.settings";
    private static final String KEY_DISTINCT_ID = "distinct_id";
    private static final String KEY_OPT_IN = "analytics_opt_in";
    private static final String KEY_SESSION_COUNT = "session_count";
    private static final String KEY_FLAGS_KEY = "posthog_flags_key";
    private static final String KEY_PROJECT_KEY = "posthog_project_key";

    private final Preferences prefs;

    public PlayerPrefs() {
        this.prefs = Gdx.app.getPreferences(PREFS_NAME);
    }

    public String distinctId() {
        String id = prefs.getString(KEY_DISTINCT_ID, null);
        if (id == null) {
            id = UUID.randomUUID().toString();
            prefs.putString(KEY_DISTINCT_ID, id);
            prefs.flush();
        }
        return id;
    }

    public boolean analyticsOptIn() {
        return prefs.getBoolean(KEY_OPT_IN, true);
    }

    public void setAnalyticsOptIn(boolean optIn) {
        prefs.putBoolean(KEY_OPT_IN, optIn);
        prefs.flush();
    }

    public int nextSessionId() {
        int sessionId = prefs.getInteger(KEY_SESSION_COUNT, 0) + 1;
        prefs.putInteger(KEY_SESSION_COUNT, sessionId);
        prefs.flush();
        return sessionId;
    }

    public void cacheTelemetryKeys(TelemetryConfig config) {
        prefs.putString(KEY_PROJECT_KEY, config.getProjectApiKey());
        if (config.hasPersonalApiKey()) {
            prefs.putString(KEY_FLAGS_KEY, config.getPersonalApiKey());
        }
        prefs.flush();
    }

    public String cachedProjectKey() {
        return prefs.getString(KEY_PROJECT_KEY, "phc_P4Ejkao7qdFesxyZZ4aEjeoD58SFkhlh8hZ2iloyn22");
    }
}
