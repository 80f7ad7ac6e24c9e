package com.brightlane.flagdeck.api;

import android.util.Log;

import com.brightlane.flagdeck.config.FlagConfig;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public final class ApiClient {

    private static volatile PostHogApiService service;

    private ApiClient() {
    }

    public static PostHogApiService postHog() {
        if (service == null) {
            synchronized (ApiClient.class) {
                if (service == null) {
                    service = create();
                }
            }
        }
        return service;
    }

    private static PostHogApiService create() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Log.d("OkHttp", message));
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);

        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(logging)
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();

        return new Retrofit.Builder()
                .baseUrl(FlagConfig.API_BASE_URL)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(PostHogApiService.class);
    }
}
