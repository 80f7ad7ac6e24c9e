package com.lumenrail.commuter.net;

import android.util.Log;

import com.lumenrail.commuter.BuildConfig;
import com.lumenrail.commuter.auth.SessionManager;
import com.lumenrail.commuter.config.AnalyticsConfig;
import com.lumenrail.commuter.data.SessionEntity;
import com.lumenrail.commuter.util.Redactor;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;

/** Shared OkHttp client for the Lumenrail API. */
public class ApiClient {

    private static final String TAG = "ApiClient";

    private final OkHttpClient client;

    public ApiClient(SessionManager sessionManager) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Log.d("OkHttp", message));
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(AnalyticsConfig.AUTHORIZATION_HEADER);
        logging.redactHeader("Cookie");

        client = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .addInterceptor(chain -> {
                    Request original = chain.request();
                    SessionEntity session = sessionManager.currentSession();
                    if (session == null || original.header(AnalyticsConfig.AUTHORIZATION_HEADER) != null) {
                        return chain.proceed(original);
                    }
                    String accessToken = session.getAccessToken();
                    Log.d(TAG, "Attaching bearer " + Redactor.mask(accessToken) + " to " + original.url().encodedPath());
                    return chain.proceed(original.newBuilder()
                            .header(AnalyticsConfig.AUTHORIZATION_HEADER, "Bearer " + accessToken)
                            .build());
                })
                .addNetworkInterceptor(logging)
                .build();
    }

    public OkHttpClient raw() {
        return client;
    }
}
