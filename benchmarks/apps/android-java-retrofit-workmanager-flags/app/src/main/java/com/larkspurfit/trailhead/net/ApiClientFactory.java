package com.larkspurfit.trailhead.net;

import android.util.Log;

import com.larkspurfit.trailhead.BuildConfig;
import com.larkspurfit.trailhead.config.AnalyticsConfig;
import com.larkspurfit.trailhead.data.SessionStore;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Builds the two Retrofit stacks the app uses: the Larkspur API and PostHog.
 */
public final class ApiClientFactory {

    private static volatile AuthApi authApi;
    private static volatile FlagsService flagsService;

    private ApiClientFactory() {
    }

    public static AuthApi auth(SessionStore sessionStore) {
        if (authApi == null) {
            synchronized (ApiClientFactory.class) {
                if (authApi == null) {
                    OkHttpClient client = baseClient()
                            .addInterceptor(new AuthInterceptor(sessionStore))
                            .addInterceptor(loggingInterceptor())
                            .build();
                    authApi = new Retrofit.Builder()
                            .baseUrl(BuildConfig.API_BASE_URL)
                            .client(client)
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(AuthApi.class);
                }
            }
        }
        return authApi;
    }

    public static FlagsService flags() {
        if (flagsService == null) {
            synchronized (ApiClientFactory.class) {
                if (flagsService == null) {
                    OkHttpClient client = baseClient()
                            .addInterceptor(loggingInterceptor())
                            .build();
                    flagsService = new Retrofit.Builder()
                            .baseUrl(AnalyticsConfig.HOST + "/")
                            .client(client)
                            .addConverterFactory(GsonConverterFactory.create())
                            .build()
                            .create(FlagsService.class);
                }
            }
        }
        return flagsService;
    }

    private static OkHttpClient.Builder baseClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS);
    }

    private static HttpLoggingInterceptor loggingInterceptor() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Log.d("OkHttp", message));
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(AnalyticsConfig.HEADER_AUTHORIZATION);
        logging.redactHeader("Cookie");
        return logging;
    }
}
