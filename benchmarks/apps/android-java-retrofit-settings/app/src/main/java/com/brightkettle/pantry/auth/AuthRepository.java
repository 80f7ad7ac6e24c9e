package com.brightkettle.pantry.auth;

import android.content.Context;

import com.brightkettle.pantry.network.ApiClient;
import com.brightkettle.pantry.network.PantryApi;
import com.google.gson.annotations.SerializedName;

import java.io.IOException;

import retrofit2.Response;

public class AuthRepository {

    private final PantryApi api;
    private final SessionStore store;

    public AuthRepository(Context context) {
        this.api = ApiClient.pantry(context);
        this.store = SessionStore.get(context);
    }

    public Session login(String email, String password) throws AuthException {
        try {
            Response<Session> response = api.login(new PantryApi.LoginBody(email, password)).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new AuthException("Login rejected (HTTP " + response.code() + ")");
            }
            Session session = response.body();
            store.save(session);
            return session;
        } catch (IOException e) {
            throw new AuthException("Login request failed", e);
        }
    }

    public Session refresh() throws AuthException {
        String refreshToken = store.refreshToken();
        if (refreshToken == null) {
            throw new AuthException("No refresh token stored");
        }
        try {
            Response<Session> response = api.refresh(refreshToken).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new AuthException("Refresh rejected (HTTP " + response.code() + ") for refresh token " + refreshToken);
            }
            Session session = response.body();
            store.save(session);
            return session;
        } catch (IOException e) {
            throw new AuthException("Refresh request failed", e);
        }
    }

    public static final class Session {
        @SerializedName("user_id")
        public String userId;

        @SerializedName("access_token")
        public String accessToken;

        @SerializedName("refresh_token")
        public String refreshToken;

        @SerializedName("expires_in")
        public long expiresIn;

        @Override
        public String toString() {
            return "Session{userId=" + userId
                    + ", accessToken=" + accessToken
                    + ", refreshToken=" + refreshToken
                    + ", expiresIn=" + expiresIn + "}";
        }
    }

    public static class AuthException extends Exception {
        public AuthException(String message) {
            super(message);
        }

        public AuthException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
