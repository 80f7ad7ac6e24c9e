package com.lumenmart.shop.api;

import android.util.Log;

import androidx.annotation.NonNull;

import com.lumenmart.shop.BuildConfig;
import com.lumenmart.shop.config.ShopConfig;
import com.lumenmart.shop.data.LoginRepository;
import com.lumenmart.shop.model.Session;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private static final Set<String> SENSITIVE_HEADERS = new HashSet<>(Arrays.asList(
            "authorization", "cookie", "set-cookie", "x-lumen-signature"));

    private final LoginRepository loginRepository;

    public AuthInterceptor(LoginRepository loginRepository) {
        this.loginRepository = loginRepository;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        Session session = loginRepository.currentSession();
        if (session == null || session.getAccessToken() == null) {
            return chain.proceed(original);
        }

        String token = session.getAccessToken();
        Request request = original.newBuilder()
                .header(ShopConfig.HEADER_AUTHORIZATION, "Bearer " + token)
                .build();
        Log.v(TAG, "Attaching " + ShopConfig.HEADER_AUTHORIZATION + " header of type " + session.getTokenType());
        Log.v(TAG, "Token prefix " + token.substring(0, 6));

        Response response = chain.proceed(request);
        if (response.code() == 401) {
            Log.w(TAG, "401 from " + request.url().encodedPath() + " with " + request.header(ShopConfig.HEADER_AUTHORIZATION));
        }
        if (BuildConfig.DEBUG) {
            Log.d(TAG, describeHeaders(request.headers()));
        }
        return response;
    }

    private static String describeHeaders(Headers headers) {
        StringBuilder sb = new StringBuilder("Request headers:");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : headers.value(i);
            sb.append('\n').append(name).append(": ").append(value);
        }
        return sb.toString();
    }
}
