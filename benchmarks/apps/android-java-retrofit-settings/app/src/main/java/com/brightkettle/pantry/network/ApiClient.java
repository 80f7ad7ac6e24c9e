package com.brightkettle.pantry.network;

import android.content.Context;

import com.brightkettle.pantry.auth.SessionStore;
import com.brightkettle.pantry.config.AppConfig;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** Builds the Retrofit services used across the app. */
public final class ApiClient {

    private static volatile PantryApi pantryApi;
    private static volatile PostHogFlagsApi flagsApi;

    private ApiClient() {
    }

    static HttpLoggingInterceptor loggingInterceptor() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader(AppConfig.AUTHORIZATION_HEADER);
        logging.redactHeader("Cookie");
        logging.setLevel(AppConfig.isDebugBuild() ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
        return logging;
    }

    public static PantryApi pantry(Context context) {
        if (pantryApi == null) {
            synchronized (ApiClient.class) {
                if (pantryApi == null) {
                    OkHttpClient client = new OkHttpClient.Builder()
                            .addInterceptor(new AuthInterceptor(SessionStore.get(context)))
                            .addInterceptor(loggingInterceptor())
                            .connectTimeout(15, TimeUnit.SECONDS)
                            .readTimeout(30, TimeUnit.SECONDS)
                            .build();
                    pantryApi = new Retrofit.Builder()
                            .baseUrl(AppConfig.apiBaseUrl())
                            .client(client)
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(PantryApi.class);
                }
            }
        }
        return pantryApi;
    }

    public static PostHogFlagsApi posthog() {
        if (flagsApi == null) {
            synchronized (ApiClient.class) {
                if (flagsApi == null) {
                    OkHttpClient client = new OkHttpClient.Builder()
                            .addInterceptor(loggingInterceptor())
                            .callTimeout(20, TimeUnit.SECONDS)
                            .build();
                    flagsApi = new Retrofit.Builder()
                            .baseUrl(AppConfig.posthogHost() + "/")
                            .client(client)
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(PostHogFlagsApi.class);
                }
            }
        }
        return flagsApi;
    }
}
