package com.acme.flagsync.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.acme.flagsync.auth.SessionStore;
import com.acme.flagsync.net.ApiClient;
import com.acme.flagsync.net.FlagSyncApi;

import java.io.IOException;

import retrofit2.Response;

/**
 * Refreshes the backend session; falls back to a full login with stored credentials.
 */
public class TokenRefreshWorker extends Worker {

    private static final String TAG = "TokenRefreshWorker";

    public TokenRefreshWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionStore session = new SessionStore(getApplicationContext());
        FlagSyncApi api = ApiClient.backend(session);
        String refreshToken = session.getRefreshToken();
        SessionStore.TokenType tokenType = refreshToken != null
                ? SessionStore.TokenType.REFRESH
                : SessionStore.TokenType.NONE;
        Log.d(TAG, "Refreshing session using token type " + tokenType);

        try {
            if (refreshToken != null) {
                Response<FlagSyncApi.TokenResponse> response =
                        api.refresh(new FlagSyncApi.RefreshRequest(refreshToken)).execute();
                if (response.isSuccessful() && response.body() != null) {
                    FlagSyncApi.TokenResponse tokens = response.body();
                    session.saveTokens(tokens.accessToken, tokens.refreshToken);
                    Log.d(TAG, "New access token length=" + tokens.accessToken.length()
                            + ", expires in " + tokens.expiresIn + "s");
                    return Result.success();
                }
                Log.w(TAG, "Refresh rejected (" + response.code() + "), falling back to login");
            }
            return loginWithStoredCredentials(session, api);
        } catch (IOException e) {
            Log.w(TAG, "Network error during refresh", e);
            return Result.retry();
        }
    }

    private Result loginWithStoredCredentials(SessionStore session, FlagSyncApi api) throws IOException {
        String username = session.getUsername();
        String password = session.getPassword();
        if (username == null || password == null) {
            session.clear();
            return Result.failure();
        }
        Response<FlagSyncApi.TokenResponse> response =
                api.login(new FlagSyncApi.LoginRequest(username, password)).execute();
        if (!response.isSuccessful() || response.body() == null) {
            Log.e(TAG, "Re-login failed for " + username + " / " + password + ": HTTP " + response.code());
            return Result.failure();
        }
        session.saveTokens(response.body().accessToken, response.body().refreshToken);
        return Result.success();
    }
}
