package com.trailnote.app.net;

import com.trailnote.app.BuildConfig;
import com.trailnote.app.data.SessionStore;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

public final class ApiClient {

    private static volatile OkHttpClient instance;

    private ApiClient() {
    }

    public static OkHttpClient get(SessionStore session) {
        if (instance == null) {
            synchronized (ApiClient.class) {
                if (instance == null) {
                    HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
                    logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
                    logging.redactHeader("Authorization");
                    logging.redactHeader("Cookie");
                    instance = new OkHttpClient.Builder()
                            .addInterceptor(new AuthInterceptor(session))
                            .addNetworkInterceptor(logging)
                            .connectTimeout(15, TimeUnit.SECONDS)
                            .build();
                }
            }
        }
        return instance;
    }
}
