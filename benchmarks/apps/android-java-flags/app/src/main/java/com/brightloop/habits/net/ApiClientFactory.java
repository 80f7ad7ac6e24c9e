package com.brightloop.habits.net;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.data.SettingsStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;

public final class ApiClientFactory {

    private ApiClientFactory() {
    }

    public static OkHttpClient create(SettingsStore settingsStore) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);

        return new OkHttpClient.Builder()
                .callTimeout(30, TimeUnit.SECONDS)
                .addInterceptor(chain -> {
                    Request.Builder request = chain.request().newBuilder();
                    String accessToken = settingsStore.getAccessTokenBlocking();
                    if (accessToken != null) {
                        request.header("Authorization", "Bearer " + accessToken);
                    }
                    return chain.proceed(request.build());
                })
                .addNetworkInterceptor(logging)
                .build();
    }
}
