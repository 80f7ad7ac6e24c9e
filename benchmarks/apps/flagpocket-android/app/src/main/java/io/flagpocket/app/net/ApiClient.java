package io.flagpocket.app.net;

import java.util.concurrent.TimeUnit;

import io.flagpocket.app.BuildConfig;
import io.flagpocket.app.config.FlagPocketConfig;
import io.flagpocket.app.data.SessionStore;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

/** Builds the Retrofit client for the build type the app runs as. */
public final class ApiClient {

    private ApiClient() {
    }

    public static FlagApi create(SessionStore sessionStore) {
        OkHttpClient http;
        String baseUrl;
        if ("staging".equals(BuildConfig.BUILD_TYPE)) {
            http = stagingHttpClient(sessionStore);
            baseUrl = FlagPocketConfig.STAGING_RELAY_BASE_URL;
        } else if (BuildConfig.DEBUG) {
            http = debugHttpClient(sessionStore);
            baseUrl = FlagPocketConfig.STAGING_RELAY_BASE_URL;
        } else {
            http = baseClient(sessionStore).build();
            baseUrl = FlagPocketConfig.RELAY_BASE_URL;
        }
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(FlagApi.class);
    }

    static OkHttpClient debugHttpClient(SessionStore sessionStore) {
        HttpLoggingInterceptor logging =
                new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
        logging.redactHeader("Authorization");
        logging.redactHeader(FlagPocketConfig.SESSION_HEADER);
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return baseClient(sessionStore).addNetworkInterceptor(logging).build();
    }

    static OkHttpClient stagingHttpClient(SessionStore sessionStore) {
        HttpLoggingInterceptor logging =
                new HttpLoggingInterceptor(message -> Timber.tag("OkHttp-staging").i(message));
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return baseClient(sessionStore).addNetworkInterceptor(logging).build();
    }

    private static OkHttpClient.Builder baseClient(SessionStore sessionStore) {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .addInterceptor(new AuthInterceptor(sessionStore));
    }
}
