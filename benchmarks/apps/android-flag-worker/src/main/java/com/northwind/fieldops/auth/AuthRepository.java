package com.northwind.fieldops.auth;

import android.content.Context;

import com.northwind.fieldops.net.FieldOpsApi;
import com.northwind.fieldops.net.FieldOpsApi.LoginRequest;
import com.northwind.fieldops.net.FieldOpsApi.RefreshRequest;
import com.northwind.fieldops.net.FieldOpsApi.TokenResponse;
import com.northwind.fieldops.net.HttpClientFactory;
import com.northwind.fieldops.util.Redactor;

import java.io.IOException;

import retrofit2.Response;
import timber.log.Timber;

public class AuthRepository {

    private final FieldOpsApi api;
    private final SessionStore sessionStore;

    public AuthRepository(FieldOpsApi api, SessionStore sessionStore) {
        this.api = api;
        this.sessionStore = sessionStore;
    }

    public static AuthRepository create(Context context) {
        SessionStore store = new SessionStore(context.getApplicationContext());
        return new AuthRepository(HttpClientFactory.api(HttpClientFactory.backendClient(store)), store);
    }

    public void login(String email, String password, String deviceId) throws IOException {
        LoginRequest request = new LoginRequest(email, password, deviceId);
        Timber.d("POST auth/login %s", request);

        Response<TokenResponse> response = api.login(request).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new IOException("Login failed: HTTP " + response.code());
        }
        TokenResponse tokens = response.body();
        sessionStore.save(tokens.sessionToken(), tokens.refreshToken());
    }

    public void refresh() throws IOException, TokenRefreshException {
        String refreshToken = sessionStore.getRefreshToken();
        if (refreshToken == null) {
            throw new TokenRefreshException("No refresh token stored");
        }

        Response<TokenResponse> response = api.refresh(new RefreshRequest(refreshToken)).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new TokenRefreshException("Refresh rejected with HTTP " + response.code() + " for refresh_token=" + refreshToken);
        }
        TokenResponse tokens = response.body();
        sessionStore.save(tokens.sessionToken(), tokens.refreshToken());
        Timber.i("Refresh token rotated (fingerprint %s)", Redactor.sha256Hash(tokens.refreshToken()));
    }

    public void signOut() {
        sessionStore.clear();
    }
}
