package com.brightnest.prefsflags.net;

import com.brightnest.prefsflags.BuildConfig;
import com.brightnest.prefsflags.config.PostHogKeys;
import com.brightnest.prefsflags.data.SecurePrefs;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

public final class HttpClientFactory {

    private static volatile OkHttpClient client;

    private HttpClientFactory() {
    }

    public static OkHttpClient get(SecurePrefs prefs) {
        if (client == null) {
            synchronized (HttpClientFactory.class) {
                if (client == null) {
                    client = build(prefs);
                }
            }
        }
        return client;
    }

    private static OkHttpClient build(SecurePrefs prefs) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(AuthInterceptor.HEADER_AUTHORIZATION);
        logging.redactHeader(PostHogKeys.HEADER_API_KEY);
        logging.redactHeader("Cookie");

        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .addInterceptor(new AuthInterceptor(prefs))
                .addInterceptor(logging)
                .build();
    }
}
