package com.fieldkit.android.net;

import com.fieldkit.android.BuildConfig;
import com.fieldkit.android.analytics.PostHogFlagsApi;
import com.fieldkit.android.auth.SessionStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

public final class ApiClient {

    private final OkHttpClient baseClient;
    private final FieldKitApi fieldKitApi;

    public ApiClient(String baseUrl, SessionStore sessionStore) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.BASIC : HttpLoggingInterceptor.Level.NONE);

        baseClient = new OkHttpClient.Builder()
                .connectTimeout(20, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .addInterceptor(logging)
                .build();

        OkHttpClient authedClient = baseClient.newBuilder()
                .addInterceptor(new AuthInterceptor(sessionStore))
                .build();

        fieldKitApi = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(authedClient)
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(FieldKitApi.class);
    }

    public FieldKitApi fieldKit() {
        return fieldKitApi;
    }

    public PostHogFlagsApi posthogFlags(String host) {
        String baseUrl = host.endsWith("/") ? host : host + "/";
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(baseClient)
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(PostHogFlagsApi.class);
    }
}
