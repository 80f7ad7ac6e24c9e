package com.larkspurfit.trailhead.ui;

import android.app.Application;
import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import com.larkspurfit.trailhead.data.SessionStore;
import com.larkspurfit.trailhead.work.EventUploadWorker;
import com.larkspurfit.trailhead.work.FlagSyncWorker;
import com.posthog.PostHog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Exposes the feature flags that gate trail-challenge screens.
 */
public class FlagsViewModel extends AndroidViewModel {

    private static final String TAG = "FlagsViewModel";
    private static final String[] GATED_FLAGS = {"trail-leaderboard", "offline-maps-v2", "group-challenges"};

    private final MutableLiveData<Map<String, Boolean>> flags = new MutableLiveData<>(Collections.emptyMap());
    private final SessionStore sessionStore;

    public FlagsViewModel(@NonNull Application application) {
        super(application);
        this.sessionStore = new SessionStore(application);
    }

    public LiveData<Map<String, Boolean>> getFlags() {
        return flags;
    }

    public void refresh() {
        Map<String, Boolean> values = new HashMap<>();
        for (String key : GATED_FLAGS) {
            values.put(key, PostHog.Companion.isFeatureEnabled(key, false, true));
        }
        flags.postValue(values);

        SharedPreferences prefs = getApplication()
                .getSharedPreferences(FlagSyncWorker.PREFS_FLAGS, Context.MODE_PRIVATE);
        long syncedAt = prefs.getLong("synced_at", 0L);
        if (System.currentTimeMillis() - syncedAt > 24L * 60 * 60 * 1000) {
            WorkManager.getInstance(getApplication())
                    .enqueue(OneTimeWorkRequest.from(FlagSyncWorker.class));
        }
    }

    public void flushOfflineEvents() {
        WorkManager.getInstance(getApplication())
                .enqueue(OneTimeWorkRequest.from(EventUploadWorker.class));
    }

    public void onSessionExpired() {
        Log.i(TAG, "Session expired, last state " + sessionStore.describe());
        sessionStore.clear();
        flags.postValue(Collections.emptyMap());
    }
}
