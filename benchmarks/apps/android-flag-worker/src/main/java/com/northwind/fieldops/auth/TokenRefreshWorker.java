package com.northwind.fieldops.auth;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import java.io.IOException;

import timber.log.Timber;

/** Rotates the backend session before it expires, so field technicians stay signed in offline. */
public class TokenRefreshWorker extends Worker {

    public static final String UNIQUE_NAME = "token-refresh";

    public TokenRefreshWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        AuthRepository repository = AuthRepository.create(getApplicationContext());
        try {
            repository.refresh();
            return Result.success();
        } catch (TokenRefreshException e) {
            Timber.e(e, "Token refresh failed, the user has to sign in again");
            repository.signOut();
            return Result.failure();
        } catch (IOException e) {
            Timber.w(e, "Token refresh hit a network error, retrying");
            return Result.retry();
        }
    }
}
