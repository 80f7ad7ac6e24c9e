package com.northwind.shiftboard.ui.debug;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import com.northwind.shiftboard.auth.Session;
import com.northwind.shiftboard.auth.SessionStore;
import com.northwind.shiftboard.config.FlagsConfig;
import com.northwind.shiftboard.data.FlagRepository;
import com.northwind.shiftboard.data.local.CachedFlag;
import com.northwind.shiftboard.data.remote.FlagFetchException;
import com.posthog.PostHog;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import dagger.hilt.android.qualifiers.ApplicationContext;

@HiltViewModel
public class DebugViewModel extends ViewModel {

    private static final String TAG = "DebugViewModel";
    private static final String PREFS_DEBUG = "shiftboard.debug";
    private static final String PREF_ADMIN_KEY = "admin_key";

    private final FlagRepository repository;
    private final FlagsConfig config;
    private final SessionStore sessionStore;
    private final SharedPreferences debugPrefs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    private final LiveData<List<CachedFlag>> flags;
    private final MutableLiveData<String> status = new MutableLiveData<>("");
    private final MutableLiveData<String> adminKey = new MutableLiveData<>();
    private final MutableLiveData<Boolean> refreshing = new MutableLiveData<>(false);

    @Inject
    public DebugViewModel(@ApplicationContext Context context,
                          FlagRepository repository,
                          FlagsConfig config,
                          SessionStore sessionStore) {
        this.repository = repository;
        this.config = config;
        this.sessionStore = sessionStore;
        this.debugPrefs = context.getSharedPreferences(PREFS_DEBUG, Context.MODE_PRIVATE);
        this.flags = repository.observeFlags();
        adminKey.setValue(debugPrefs.getString(PREF_ADMIN_KEY, config.personalApiKey()));
    }

    public LiveData<List<CachedFlag>> getFlags() {
        return flags;
    }

    public LiveData<String> getStatus() {
        return status;
    }

    public LiveData<String> getAdminKey() {
        return adminKey;
    }

    public LiveData<Boolean> isRefreshing() {
        return refreshing;
    }

    public String projectKey() {
        return config.projectKey();
    }

    public String maskedPersonalKey() {
        String key = config.personalApiKey();
        if (key == null || key.length() < 8) {
            return "(not set)";
        }
        return key.substring(0, 4) + "****";
    }

    public String signedInUser() {
        Session session = sessionStore.load();
        return session == null ? "(signed out)" : session.getUserId();
    }

    public void refreshFlags() {
        refreshing.setValue(true);
        executor.execute(() -> {
            try {
                String distinctId = PostHog.Companion.distinctId();
                List<CachedFlag> result = repository.refresh(distinctId);
                int definitions = config.hasPersonalKey() ? repository.countDefinitions() : -1;
                status.postValue(result.size() + " flags evaluated, " + definitions + " defined");
            } catch (IOException e) {
                Log.e(TAG, "Flag refresh failed", e);
                status.postValue("Refresh failed (HTTP " + httpCode(e) + ")");
            } finally {
                refreshing.postValue(false);
            }
        });
    }

    /** Keeps the admin key across reinstalls of QA builds that ship without it. */
    public void rememberAdminKey() {
        debugPrefs.edit().putString(PREF_ADMIN_KEY, config.personalApiKey()).apply();
        adminKey.setValue(config.personalApiKey());
    }

    private static int httpCode(IOException e) {
        return e instanceof FlagFetchException ? ((FlagFetchException) e).getHttpCode() : -1;
    }

    @Override
    protected void onCleared() {
        executor.shutdownNow();
    }
}
