package com.fieldkit.android.auth;

import androidx.annotation.NonNull;

import com.fieldkit.android.net.FieldKitApi;

import retrofit2.Call;
import retrofit2.Response;
import timber.log.Timber;

public final class LoginRepository {

    public interface Listener {
        void onSignedIn(String email);

        void onSignInFailed(int httpCode);
    }

    private final FieldKitApi api;
    private final SessionStore sessionStore;
    private final String deviceId;

    public LoginRepository(FieldKitApi api, SessionStore sessionStore, String deviceId) {
        this.api = api;
        this.sessionStore = sessionStore;
        this.deviceId = deviceId;
    }

    public void signIn(String email, char[] password, Listener listener) {
        LoginRequest request = new LoginRequest(email.trim(), new String(password), deviceId);
        Timber.i("Submitting sign-in %s", request);
        api.login(request).enqueue(new retrofit2.Callback<TokenResponse>() {
            @Override
            public void onResponse(@NonNull Call<TokenResponse> call, @NonNull Response<TokenResponse> response) {
                TokenResponse tokens = response.body();
                if (!response.isSuccessful() || tokens == null) {
                    Timber.w("Sign-in rejected with HTTP %d", response.code());
                    listener.onSignInFailed(response.code());
                    return;
                }
                Timber.d("Sign-in ok: %s", tokens);
                sessionStore.save(request.getEmail(), tokens);
                listener.onSignedIn(request.getEmail());
            }

            @Override
            public void onFailure(@NonNull Call<TokenResponse> call, @NonNull Throwable t) {
                Timber.e(t, "Sign-in request failed");
                listener.onSignInFailed(-1);
            }
        });
    }
}
