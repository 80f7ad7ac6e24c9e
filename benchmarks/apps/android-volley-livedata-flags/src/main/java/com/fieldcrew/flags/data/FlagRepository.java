package com.fieldcrew.flags.data;

import android.content.Context;
import android.util.Log;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import com.fieldcrew.flags.auth.SessionStore;
import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.model.FlagSummary;
import com.fieldcrew.flags.net.AdminApiException;
import com.fieldcrew.flags.net.PostHogAdminApi;

import org.json.JSONArray;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class FlagRepository {

    private static final String TAG = "FlagRepository";

    private static volatile FlagRepository instance;

    private final FlagDao dao;
    private final PostHogAdminApi api;
    private final AdminCredentials credentials;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final MutableLiveData<FlagSummary> summary = new MutableLiveData<>();
    private final MutableLiveData<String> lastError = new MutableLiveData<>();

    private FlagRepository(Context context) {
        this.dao = FlagDatabase.get(context).flagDao();
        this.api = new PostHogAdminApi(context, SessionStore.get(context));
        this.credentials = AdminCredentials.fromBuildConfig();
    }

    public static FlagRepository get(Context context) {
        if (instance == null) {
            synchronized (FlagRepository.class) {
                if (instance == null) {
                    instance = new FlagRepository(context);
                }
            }
        }
        return instance;
    }

    public LiveData<List<FlagEntity>> observeFlags() {
        return dao.observeAll();
    }

    public LiveData<FlagSummary> summary() {
        return summary;
    }

    public LiveData<String> lastError() {
        return lastError;
    }

    public AdminCredentials credentials() {
        return credentials;
    }

    /** Called from {@link com.fieldcrew.flags.service.FlagSyncService}. */
    public void sync(Runnable onDone) {
        api.fetchFeatureFlags(new PostHogAdminApi.Callback<JSONArray>() {
            @Override
            public void onSuccess(JSONArray results) {
                io.execute(() -> {
                    store(results);
                    onDone.run();
                });
            }

            @Override
            public void onError(AdminApiException error) {
                if (error.isUnauthorized()) {
                    refreshAndRetry(onDone);
                } else {
                    Log.w(TAG, "Flag sync failed with HTTP " + error.getStatusCode());
                    lastError.postValue("Sync failed (" + error.getStatusCode() + ")");
                    onDone.run();
                }
            }
        });
    }

    private void refreshAndRetry(Runnable onDone) {
        api.refreshAccessToken(new PostHogAdminApi.Callback<String>() {
            @Override
            public void onSuccess(String accessToken) {
                sync(onDone);
            }

            @Override
            public void onError(AdminApiException error) {
                Log.e(TAG, "Could not refresh PostHog session: " + error.getMessage());
                lastError.postValue("Please sign in again");
                onDone.run();
            }
        });
    }

    private void store(JSONArray results) {
        long syncSessionId = dao.lastSyncSessionId() + 1;
        long now = System.currentTimeMillis();
        List<FlagEntity> rows = new ArrayList<>();
        int active = 0;
        for (int i = 0; results != null && i < results.length(); i++) {
            JSONObject json = results.optJSONObject(i);
            if (json == null || json.optBoolean("deleted")) {
                continue;
            }
            FlagEntity row = new FlagEntity();
            row.key = json.optString("key");
            row.name = json.optString("name");
            row.active = json.optBoolean("active");
            row.rolloutPercentage = json.optInt("rollout_percentage", 100);
            JSONObject filters = json.optJSONObject("filters");
            row.filtersJson = filters != null ? filters.toString() : "{}";
            row.syncSessionId = syncSessionId;
            row.updatedAt = now;
            rows.add(row);
            if (row.active) {
                active++;
            }
        }
        dao.upsertAll(rows);
        int removed = dao.deleteOlderThan(syncSessionId);
        Log.d(TAG, "sync session " + syncSessionId + ": stored " + rows.size() + ", removed " + removed);
        summary.postValue(new FlagSummary(rows.size(), active, now, credentials.getFlagsSecureKey()));
    }
}
