package com.acme.flagsync.net;

import com.acme.flagsync.BuildConfig;
import com.acme.flagsync.auth.SessionStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public final class ApiClient {

    private static volatile FlagSyncApi backendApi;
    private static volatile FlagSyncApi postHogApi;

    private ApiClient() {
    }

    private static OkHttpClient buildHttpClient(SessionStore sessionStore) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);

        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .addInterceptor(logging);
        if (sessionStore != null) {
            builder.addInterceptor(new AuthInterceptor(sessionStore));
        }
        return builder.build();
    }

    public static FlagSyncApi backend(SessionStore sessionStore) {
        if (backendApi == null) {
            synchronized (ApiClient.class) {
                if (backendApi == null) {
                    backendApi = new Retrofit.Builder()
                            .baseUrl(BuildConfig.FLAGSYNC_BASE_URL)
                            .client(buildHttpClient(sessionStore))
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(FlagSyncApi.class);
                }
            }
        }
        return backendApi;
    }

    public static FlagSyncApi postHog() {
        if (postHogApi == null) {
            synchronized (ApiClient.class) {
                if (postHogApi == null) {
                    postHogApi = new Retrofit.Builder()
                            .baseUrl(BuildConfig.POSTHOG_HOST + "/")
                            .client(buildHttpClient(null))
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(FlagSyncApi.class);
                }
            }
        }
        return postHogApi;
    }
}
