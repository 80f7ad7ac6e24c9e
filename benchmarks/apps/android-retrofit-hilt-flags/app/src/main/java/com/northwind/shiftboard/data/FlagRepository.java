package com.northwind.shiftboard.data;

import android.util.Log;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.northwind.shiftboard.BuildConfig;
import com.northwind.shiftboard.config.FlagsConfig;
import com.northwind.shiftboard.data.local.CachedFlag;
import com.northwind.shiftboard.data.local.CachedFlagDao;
import com.northwind.shiftboard.data.remote.FlagFetchException;
import com.northwind.shiftboard.data.remote.FlagsApi;
import com.northwind.shiftboard.data.remote.FlagsRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;

@Singleton
public class FlagRepository {

    private static final String TAG = "FlagRepository";

    private final FlagsApi api;
    private final CachedFlagDao dao;
    private final FlagsConfig config;

    @Inject
    public FlagRepository(FlagsApi api, CachedFlagDao dao, FlagsConfig config) {
        this.api = api;
        this.dao = dao;
        this.config = config;
    }

    public LiveData<List<CachedFlag>> observeFlags() {
        return dao.observeAll();
    }

    /** Evaluates flags for {@code distinctId} directly, bypassing the SDK's cached values. */
    @WorkerThread
    public List<CachedFlag> refresh(String distinctId) throws IOException {
        String secureKey = "phs_" + FlagsConfig.FLAGS_SECURE_KEY_BODY;
        Map<String, Object> personProperties = new HashMap<>();
        personProperties.put("app_version", BuildConfig.VERSION_NAME);

        FlagsRequest request = new FlagsRequest(secureKey, distinctId, personProperties);
        Log.d(TAG, "Evaluating flags: " + request);

        Response<JsonObject> response = api.evaluateFlags(request).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new FlagFetchException(response.code(), "/flags", secureKey);
        }

        List<CachedFlag> flags = parse(response.body());
        dao.upsertAll(flags);
        Log.i(TAG, "Cached " + flags.size() + " flags using " + FlagsConfig.KeyKind.SECURE + " key");
        return flags;
    }

    /** Number of flag definitions in the project, from the private API. */
    @WorkerThread
    public int countDefinitions() throws IOException {
        String endpoint = "/api/projects/" + config.projectId() + "/feature_flags/";
        Response<JsonObject> response = api.listFeatureFlags(config.projectId(), 200).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new FlagFetchException(response.code(), endpoint, "Bearer " + config.personalApiKey());
        }
        JsonElement count = response.body().get("count");
        return count == null ? 0 : count.getAsInt();
    }

    private static List<CachedFlag> parse(JsonObject body) {
        List<CachedFlag> result = new ArrayList<>();
        JsonObject flags = body.getAsJsonObject("flags");
        if (flags == null) {
            return result;
        }
        long now = System.currentTimeMillis();
        for (Map.Entry<String, JsonElement> entry : flags.entrySet()) {
            JsonObject flag = entry.getValue().getAsJsonObject();
            boolean enabled = flag.has("enabled") && flag.get("enabled").getAsBoolean();
            String variant = flag.has("variant") && !flag.get("variant").isJsonNull()
                    ? flag.get("variant").getAsString()
                    : null;
            String payload = null;
            JsonObject metadata = flag.getAsJsonObject("metadata");
            if (metadata != null && metadata.has("payload") && !metadata.get("payload").isJsonNull()) {
                payload = metadata.get("payload").toString();
            }
            result.add(new CachedFlag(entry.getKey(), variant, enabled, payload, now));
        }
        return result;
    }
}
