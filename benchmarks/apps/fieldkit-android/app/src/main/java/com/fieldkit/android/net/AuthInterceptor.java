package com.fieldkit.android.net;

import androidx.annotation.NonNull;

import com.fieldkit.android.auth.SessionStore;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

public final class AuthInterceptor implements Interceptor {

    private static final String HEADER_AUTHORIZATION = "Authorization";

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String accessToken = sessionStore.getAccessToken();
        if (accessToken == null || original.header(HEADER_AUTHORIZATION) != null) {
            return chain.proceed(original);
        }

        Request authorized = original.newBuilder()
                .header(HEADER_AUTHORIZATION, "Bearer " + accessToken)
                .build();
        Timber.tag("FK-HTTP").v("%s %s [%s]", authorized.method(), authorized.url().encodedPath(), authorized.header(HEADER_AUTHORIZATION));

        Response response = chain.proceed(authorized);
        if (response.code() == 401) {
            sessionStore.markExpired();
        }
        return response;
    }
}
