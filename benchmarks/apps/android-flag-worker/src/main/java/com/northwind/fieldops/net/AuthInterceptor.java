package com.northwind.fieldops.net;

import androidx.annotation.NonNull;

import com.northwind.fieldops.auth.SessionStore;
import com.northwind.fieldops.util.Redactor;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

/** Adds the FieldOps session to every backend call. */
public final class AuthInterceptor implements Interceptor {

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = sessionStore.getSessionToken();
        if (token == null) {
            return chain.proceed(original);
        }

        Timber.v("Attaching session %s to %s", Redactor.mask(token), original.url().encodedPath());
        Request request = original.newBuilder()
                .header("Authorization", "Bearer " + token)
                .build();

        Response response = chain.proceed(request);
        if (response.code() == 401) {
            Timber.w("401 from %s, sent %s", request.url().encodedPath(), request.header("Authorization"));
        }
        return response;
    }
}
