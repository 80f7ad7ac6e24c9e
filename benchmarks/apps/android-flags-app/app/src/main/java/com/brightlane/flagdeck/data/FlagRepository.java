package com.brightlane.flagdeck.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.text.TextUtils;
import android.util.Log;

import androidx.preference.PreferenceManager;

import com.brightlane.flagdeck.api.ApiClient;
import com.brightlane.flagdeck.api.FlagListResponse;
import com.brightlane.flagdeck.api.PostHogApiService;
import com.brightlane.flagdeck.config.FlagConfig;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import retrofit2.Response;

public class FlagRepository {

    private static final String TAG = "FlagRepository";
    private static final int PAGE_SIZE = 200;

    private final PostHogApiService api;
    private final SharedPreferences prefs;

    public FlagRepository(Context context) {
        this.api = ApiClient.postHog();
        this.prefs = PreferenceManager.getDefaultSharedPreferences(context);
    }

    /** The tester's own key from Settings, or the shared QA key from the build. */
    private String personalKey() {
        String fromSettings = prefs.getString(FlagConfig.PREF_PERSONAL_API_KEY, null);
        return TextUtils.isEmpty(fromSettings) ? FlagConfig.personalApiKey() : fromSettings;
    }

    public List<FlagListResponse.Flag> fetchFlags() throws IOException {
        String authHeader = "Bearer " + personalKey();
        Log.d(TAG, "GET feature_flags project=" + FlagConfig.PROJECT_ID + " auth=" + authHeader);

        Response<FlagListResponse> response = api.listFlags(authHeader, FlagConfig.PROJECT_ID, PAGE_SIZE).execute();
        if (response.code() == 401) {
            throw new IllegalStateException("PostHog rejected personal API key " + personalKey() + " for project " + FlagConfig.PROJECT_ID);
        }
        if (!response.isSuccessful() || response.body() == null) {
            throw new IOException("Listing flags failed: HTTP " + response.code());
        }
        List<FlagListResponse.Flag> results = response.body().results;
        return results != null ? results : Collections.emptyList();
    }

    public FlagListResponse.Flag setActive(long flagId, boolean active) throws IOException {
        Map<String, Object> patch = Collections.singletonMap("active", active);
        Response<FlagListResponse.Flag> response =
                api.updateFlag("Bearer " + personalKey(), FlagConfig.PROJECT_ID, flagId, patch).execute();
        if (!response.isSuccessful()) {
            throw new IOException("Updating flag " + flagId + " failed: HTTP " + response.code());
        }
        return response.body();
    }
}
