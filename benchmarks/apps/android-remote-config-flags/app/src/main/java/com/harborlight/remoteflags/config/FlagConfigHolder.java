package com.harborlight.remoteflags.config;

import android.util.Log;

import androidx.annotation.NonNull;

import com.google.android.gms.tasks.Task;
import com.google.firebase.remoteconfig.FirebaseRemoteConfig;
import com.google.firebase.remoteconfig.FirebaseRemoteConfigSettings;
import com.harborlight.remoteflags.R;

public class FlagConfigHolder {

    private static final String TAG = "FlagConfigHolder";

    private static volatile FlagConfigHolder instance;

    private final FirebaseRemoteConfig remoteConfig;

    private FlagConfigHolder(FirebaseRemoteConfig remoteConfig) {
        this.remoteConfig = remoteConfig;
    }

    public static FlagConfigHolder get() {
        if (instance == null) {
            synchronized (FlagConfigHolder.class) {
                if (instance == null) {
                    FirebaseRemoteConfig rc = FirebaseRemoteConfig.getInstance();
                    FirebaseRemoteConfigSettings settings = new FirebaseRemoteConfigSettings.Builder()
                            .setMinimumFetchIntervalInSeconds(RemoteConfigKeys.MINIMUM_FETCH_INTERVAL_SECONDS)
                            .build();
                    rc.setConfigSettingsAsync(settings);
                    rc.setDefaultsAsync(R.xml.remote_config_defaults);
                    instance = new FlagConfigHolder(rc);
                }
            }
        }
        return instance;
    }

    public Task<Boolean> refresh() {
        return remoteConfig.fetchAndActivate().addOnCompleteListener(task -> {
            if (task.isSuccessful()) {
                Log.d(TAG, "Remote config activated=" + task.getResult()
                        + ", params=" + remoteConfig.getAll().size()
                        + ", secureKeyPresent=" + !secureKey().isEmpty());
            } else {
                Log.w(TAG, "Remote config fetch failed", task.getException());
            }
        });
    }

    @NonNull
    public String projectKey() {
        String value = remoteConfig.getString(RemoteConfigKeys.POSTHOG_PROJECT_KEY);
        return value.isEmpty() ? FlagDefaults.PROJECT_KEY : value;
    }

    @NonNull
    public String personalApiKey() {
        return remoteConfig.getString(RemoteConfigKeys.POSTHOG_PERSONAL_API_KEY);
    }

    @NonNull
    public String secureKey() {
        return remoteConfig.getString(RemoteConfigKeys.POSTHOG_FLAGS_SECURE_KEY);
    }

    public boolean flagSyncEnabled() {
        return remoteConfig.getBoolean(RemoteConfigKeys.FLAG_SYNC_ENABLED);
    }

    public boolean localEvaluationEnabled() {
        return remoteConfig.getBoolean(RemoteConfigKeys.LOCAL_EVALUATION_ENABLED);
    }
}
