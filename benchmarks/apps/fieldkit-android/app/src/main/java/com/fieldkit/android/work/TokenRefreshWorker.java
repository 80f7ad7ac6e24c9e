package com.fieldkit.android.work;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.fieldkit.android.FieldKitApp;
import com.fieldkit.android.auth.SessionStore;
import com.fieldkit.android.auth.TokenResponse;

import java.io.IOException;

import retrofit2.Response;
import timber.log.Timber;

public class TokenRefreshWorker extends Worker {

    public static final String UNIQUE_NAME = "fk-token-refresh";

    public TokenRefreshWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        FieldKitApp app = FieldKitApp.from(getApplicationContext());
        SessionStore store = app.sessionStore();
        String refreshToken = store.getRefreshToken();
        if (refreshToken == null) {
            return Result.success();
        }

        try {
            Response<TokenResponse> response = app.api().fieldKit().refresh(refreshToken).execute();
            if (response.code() == 401 || response.code() == 403) {
                store.clear();
                throw new IllegalStateException("Refresh rejected (" + response.code() + ") for refresh_token=" + refreshToken);
            }
            TokenResponse tokens = response.body();
            if (!response.isSuccessful() || tokens == null) {
                Timber.w("Token refresh got HTTP %d, will retry", response.code());
                return Result.retry();
            }
            store.save(store.getEmail(), tokens);
            return Result.success();
        } catch (IOException e) {
            Timber.w(e, "Token refresh deferred, network unavailable");
            return Result.retry();
        }
    }
}
