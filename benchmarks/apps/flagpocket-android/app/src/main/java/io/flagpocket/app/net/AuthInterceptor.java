package io.flagpocket.app.net;

import androidx.annotation.NonNull;

import java.io.IOException;

import io.flagpocket.app.config.FlagPocketConfig;
import io.flagpocket.app.data.SessionStore;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

/** Adds the device session to every relay call and signs the user out on a 401. */
public final class AuthInterceptor implements Interceptor {

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request.Builder builder = chain.request().newBuilder();
        String token = sessionStore.getSessionToken();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
            builder.header(FlagPocketConfig.SESSION_HEADER, token);
        }
        Request request = builder.build();
        Timber.d("%s %s (auth: %s)", request.method(), request.url(), request.header("Authorization"));

        Response response = chain.proceed(request);
        if (response.code() == 401) {
            Timber.w("Relay answered 401 for %s, clearing session", request.url().encodedPath());
            sessionStore.clear();
        }
        return response;
    }
}
