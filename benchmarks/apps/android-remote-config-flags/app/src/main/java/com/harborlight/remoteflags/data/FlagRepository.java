package com.harborlight.remoteflags.data;

import android.util.Log;

import androidx.annotation.NonNull;

import com.harborlight.remoteflags.config.FlagConfigHolder;
import com.harborlight.remoteflags.config.FlagDefaults;
import com.harborlight.remoteflags.net.ApiClientFactory;
import com.harborlight.remoteflags.net.PostHogFlagsApi;
import com.harborlight.remoteflags.net.PostHogFlagsApi.LocalEvaluationResponse;
import com.harborlight.remoteflags.util.KeyMasker;

import java.io.IOException;

import retrofit2.Response;

public class FlagRepository {

    private static final String TAG = "FlagRepository";

    private static volatile FlagRepository instance;

    private final FlagConfigHolder config;
    private final PostHogFlagsApi api;

    private volatile LocalEvaluationResponse lastResponse;
    private volatile long lastSyncMillis;
    private volatile int lastHttpStatus;

    FlagRepository(FlagConfigHolder config) {
        this.config = config;
        this.api = ApiClientFactory.flagsApi(this::resolveKey);
    }

    public static FlagRepository get() {
        if (instance == null) {
            synchronized (FlagRepository.class) {
                if (instance == null) {
                    instance = new FlagRepository(FlagConfigHolder.get());
                }
            }
        }
        return instance;
    }

    @NonNull
    private String resolveKey() {
        String secure = config.secureKey();
        if (!secure.isEmpty()) {
            return secure;
        }
        String personal = config.personalApiKey();
        if (!personal.isEmpty()) {
            return personal;
        }
        Log.w(TAG, "No PostHog key in Remote Config yet, using bundled key " + FlagDefaults.LOCAL_EVAL_SECURE_KEY);
        return FlagDefaults.LOCAL_EVAL_SECURE_KEY;
    }

    private DiagnosticsReport.TokenKind resolveKind(String key) {
        if (key.isEmpty()) {
            return DiagnosticsReport.TokenKind.NONE;
        }
        if (key.equals(FlagDefaults.LOCAL_EVAL_SECURE_KEY)) {
            return DiagnosticsReport.TokenKind.BUNDLED;
        }
        return key.startsWith("phx_") ? DiagnosticsReport.TokenKind.PERSONAL : DiagnosticsReport.TokenKind.SECURE;
    }

    public LocalEvaluationResponse refresh() throws IOException, FlagFetchException {
        String key = resolveKey();
        Log.d(TAG, "Refreshing flag definitions, key sha256=" + KeyMasker.sha256Hex(key).substring(0, 12));

        Response<LocalEvaluationResponse> response =
                api.localEvaluation(config.projectKey(), true, FlagDefaults.BEARER_PREFIX + key).execute();
        lastHttpStatus = response.code();
        if (!response.isSuccessful() || response.body() == null) {
            throw new FlagFetchException(response.code(), key);
        }
        lastResponse = response.body();
        lastSyncMillis = System.currentTimeMillis();
        return lastResponse;
    }

    public DiagnosticsReport buildDiagnostics() {
        String key = resolveKey();
        int flags = lastResponse == null || lastResponse.flags == null ? 0 : lastResponse.flags.size();
        return new DiagnosticsReport(config.projectKey(), key, resolveKind(key),
                lastSyncMillis, flags, lastHttpStatus);
    }
}
