package com.brightleaf.freeflags.net;

import android.content.Context;
import android.util.Log;

import com.brightleaf.freeflags.BuildConfig;
import com.brightleaf.freeflags.data.SessionStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public final class ApiClient {

    private static volatile BackendApi backendApi;
    private static volatile OkHttpClient plainClient;

    private ApiClient() {
    }

    public static BackendApi backend(Context context) {
        if (backendApi == null) {
            synchronized (ApiClient.class) {
                if (backendApi == null) {
                    OkHttpClient client = baseClient().newBuilder()
                            .addInterceptor(new AuthInterceptor(SessionStore.get(context)))
                            .build();
                    backendApi = new Retrofit.Builder()
                            .baseUrl(BuildConfig.BACKEND_BASE_URL)
                            .client(client)
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(BackendApi.class);
                }
            }
        }
        return backendApi;
    }

    /** Shared client without backend auth, used for third-party endpoints. */
    public static OkHttpClient baseClient() {
        if (plainClient == null) {
            synchronized (ApiClient.class) {
                if (plainClient == null) {
                    HttpLoggingInterceptor logging =
                            new HttpLoggingInterceptor(message -> Log.d("OkHttp", message));
                    logging.redactHeader("Authorization");
                    logging.redactHeader("Cookie");
                    logging.redactHeader("X-Refresh-Token");
                    logging.setLevel(BuildConfig.DEBUG
                            ? HttpLoggingInterceptor.Level.HEADERS
                            : HttpLoggingInterceptor.Level.NONE);
                    plainClient = new OkHttpClient.Builder()
                            .connectTimeout(15, TimeUnit.SECONDS)
                            .readTimeout(20, TimeUnit.SECONDS)
                            .addInterceptor(logging)
                            .build();
                }
            }
        }
        return plainClient;
    }
}
