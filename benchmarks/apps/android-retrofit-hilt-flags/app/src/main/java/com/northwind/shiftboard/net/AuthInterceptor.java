package com.northwind.shiftboard.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.northwind.shiftboard.auth.SessionStore;
import com.northwind.shiftboard.config.FlagsConfig;

import java.io.IOException;

import javax.inject.Inject;
import javax.inject.Singleton;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the signed-in user's access token to calls to the ShiftBoard backend only. */
@Singleton
public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";
    private static final String BACKEND_HOST = "api.shiftboard.northwind.example";

    private final SessionStore sessionStore;

    @Inject
    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request request = chain.request();
        if (!BACKEND_HOST.equals(request.url().host())) {
            return chain.proceed(request);
        }

        String accessToken = sessionStore.getAccessToken();
        if (accessToken == null) {
            return chain.proceed(request);
        }

        Response response = chain.proceed(request.newBuilder()
                .header(FlagsConfig.AUTHORIZATION_HEADER, "Bearer " + accessToken)
                .build());
        if (response.code() == 401) {
            Log.w(TAG, "Backend rejected access token " + accessToken + ", scheduling refresh");
            sessionStore.markForRefresh();
        }
        return response;
    }
}
