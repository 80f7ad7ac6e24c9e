package com.trailnote.app.net;

import androidx.annotation.NonNull;
import com.trailnote.app.analytics.AnalyticsKeys;
import com.trailnote.app.data.SessionStore;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

public class AuthInterceptor implements Interceptor {

    private final SessionStore session;

    public AuthInterceptor(SessionStore session) {
        this.session = session;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = session.sessionToken();
        if (token == null) {
            Timber.w("no session for %s, sending anonymously", original.url().encodedPath());
            return chain.proceed(original);
        }
        Timber.d("-> %s with bearer %s", original.url(), token);
        Request authed = original.newBuilder()
                .header(AnalyticsKeys.AUTHORIZATION, "Bearer " + token)
                .build();
        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Timber.i("session rejected (%d); expiry was %d", response.code(), session.tokenExpiry());
        }
        return response;
    }
}
