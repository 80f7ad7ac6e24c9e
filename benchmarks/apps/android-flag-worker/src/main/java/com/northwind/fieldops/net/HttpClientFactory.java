package com.northwind.fieldops.net;

import com.northwind.fieldops.BuildConfig;
import com.northwind.fieldops.auth.SessionStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    /** Client for the JSON API. */
    public static OkHttpClient backendClient(SessionStore sessionStore) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
        logging.redactHeader("Authorization");
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.BODY : HttpLoggingInterceptor.Level.BASIC);
        return new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(sessionStore))
                .addInterceptor(logging)
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    /** Client for job photo uploads; support asked for the headers to chase S3 signature errors. */
    public static OkHttpClient uploadClient(SessionStore sessionStore) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("Upload").i(message));
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(sessionStore))
                .addInterceptor(logging)
                .writeTimeout(120, TimeUnit.SECONDS)
                .build();
    }

    public static FieldOpsApi api(OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(BuildConfig.API_BASE_URL)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(FieldOpsApi.class);
    }
}
