package com.fieldnotes.app.net;

import androidx.annotation.NonNull;

import com.fieldnotes.app.analytics.AnalyticsConstants;
import com.fieldnotes.app.data.AuthRepository;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

/** Adds the session bearer token and CSRF token to every Field Notes API call. */
public class AuthInterceptor implements Interceptor {

    private final AuthRepository auth;

    public AuthInterceptor(AuthRepository auth) {
        this.auth = auth;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = auth.sessionToken();
        if (token == null) {
            return chain.proceed(original);
        }

        Timber.v("Attaching %s and %s headers to %s", AnalyticsConstants.HEADER_AUTHORIZATION,
                AnalyticsConstants.CSRF_HEADER_NAME, original.url().encodedPath());
        Request authed = original.newBuilder()
                .header(AnalyticsConstants.HEADER_AUTHORIZATION, "Bearer " + token)
                .header(AnalyticsConstants.CSRF_HEADER_NAME, auth.csrfToken())
                .build();

        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Timber.w("401 from %s, clearing session (sent %s)", authed.url(),
                    authed.header(AnalyticsConstants.HEADER_AUTHORIZATION));
            auth.clearSession();
        }
        return response;
    }
}
