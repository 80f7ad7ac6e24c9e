package com.brightnest.prefsflags;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.brightnest.prefsflags.data.FlagSnapshot;
import com.brightnest.prefsflags.data.FlagsRepository;
import com.brightnest.prefsflags.data.SecurePrefs;
import com.brightnest.prefsflags.net.HttpClientFactory;
import com.brightnest.prefsflags.util.Redactor;
import com.brightnest.prefsflags.work.FlagSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

public class FlagsApplication extends Application {

    private static final String TAG = "FlagsApplication";

    private SecurePrefs securePrefs;
    private FlagsRepository flagsRepository;

    @Override
    public void onCreate() {
        super.onCreate();
        securePrefs = new SecurePrefs(this);
        flagsRepository = new FlagsRepository(HttpClientFactory.get(securePrefs), securePrefs);

        PostHogAndroidConfig config = new PostHogAndroidConfig(
                getString(R.string.posthog_api_key), BuildConfig.POSTHOG_HOST);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog initialised for project key " + Redactor.mask(BuildConfig.POSTHOG_PROJECT_KEY)
                + " (" + BuildConfig.FLAVOR + ")");

        if (!BuildConfig.POSTHOG_PERSONAL_API_KEY.isEmpty()) {
            Log.d(TAG, "admin key fingerprint " + Redactor.sha256Hex(BuildConfig.POSTHOG_PERSONAL_API_KEY));
        }

        schedulePeriodicSync();
    }

    private void schedulePeriodicSync() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 6, TimeUnit.HOURS)
                .setConstraints(constraints)
                .build();
        WorkManager.getInstance(this)
                .enqueueUniquePeriodicWork("flag-sync", ExistingPeriodicWorkPolicy.KEEP, request);
    }

    public SecurePrefs getSecurePrefs() {
        return securePrefs;
    }

    public FlagsRepository getFlagsRepository() {
        return flagsRepository;
    }

    public void publishSnapshot(FlagSnapshot snapshot) {
        Log.v(TAG, "published snapshot with " + snapshot.getFlags().size() + " flags");
    }
}
