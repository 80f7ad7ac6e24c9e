package com.northwind.fieldops.net;

import android.util.Log;

import com.google.gson.JsonObject;
import com.northwind.fieldops.BuildConfig;
import com.northwind.fieldops.data.SessionDao;
import com.northwind.fieldops.data.SessionEntity;

import java.io.IOException;

import retrofit2.Response;

/**
 * Fetches feature flags for the signed-in technician and keeps the session fresh.
 */
public class FlagsRepository {

    private static final String TAG = "FlagsRepository";
    private static final int FLAGS_API_VERSION = 2;

    enum TokenKind { ACCESS, REFRESH }

    private final FlagsService flagsService;
    private final BackendAuth backendAuth;
    private final SessionDao sessionDao;

    public interface BackendAuth {
        SessionEntity refresh(String refreshToken) throws IOException;
    }

    public FlagsRepository(FlagsService flagsService, BackendAuth backendAuth, SessionDao sessionDao) {
        this.flagsService = flagsService;
        this.backendAuth = backendAuth;
        this.sessionDao = sessionDao;
    }

    public JsonObject fetchFlags(String distinctId) throws ApiException {
        JsonObject body = new JsonObject();
        body.addProperty("api_key", BuildConfig.POSTHOG_PERSONAL_API_KEY);
        body.addProperty("distinct_id", distinctId);
        try {
            Response<JsonObject> response = flagsService.evaluate(FLAGS_API_VERSION, body).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new ApiException("flags request failed", response.code());
            }
            return response.body().getAsJsonObject("flags");
        } catch (IOException e) {
            throw new ApiException("flags request failed", e);
        }
    }

    public SessionEntity refreshSession(SessionEntity current) throws ApiException {
        TokenKind kind = TokenKind.REFRESH;
        Log.d(TAG, "renewing session using " + kind + " token");
        try {
            SessionEntity renewed = backendAuth.refresh(current.refreshToken);
            if (renewed == null) {
                throw new ApiException("refresh rejected for refresh_token=" + current.refreshToken, 401);
            }
            sessionDao.upsert(renewed);
            return renewed;
        } catch (IOException e) {
            throw new ApiException("could not reach auth server", e);
        }
    }
}
