package com.northwind.flagconsole;

import android.app.Application;

import com.northwind.flagconsole.auth.SessionManager;
import com.northwind.flagconsole.data.SettingsStore;
import com.northwind.flagconsole.net.ApiClient;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import timber.log.Timber;

public class FlagConsoleApp extends Application {

    private SettingsStore settingsStore;
    private SessionManager sessionManager;
    private ApiClient apiClient;

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }

        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setCaptureScreenViews(true);
        PostHogAndroid.Companion.setup(this, config);

        settingsStore = new SettingsStore(this);
        sessionManager = new SessionManager(settingsStore);
        apiClient = new ApiClient(BuildConfig.API_BASE_URL, sessionManager);
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    public SessionManager sessionManager() {
        return sessionManager;
    }

    public ApiClient apiClient() {
        return apiClient;
    }
}
