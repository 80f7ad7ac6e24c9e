package com.northwind.fieldops.net;

import com.northwind.fieldops.BuildConfig;
import com.northwind.fieldops.config.ApiConfig;
import com.google.gson.Gson;
import com.northwind.fieldops.data.SessionDao;
import com.northwind.fieldops.data.SessionEntity;

import java.util.concurrent.TimeUnit;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Builds the Retrofit services used by the app.
 */
public final class ApiClient {

    private static volatile FlagsService flagsService;
    private static volatile FlagsService.Admin adminService;

    private ApiClient() {
    }

    private static HttpLoggingInterceptor loggingInterceptor() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        return logging;
    }

    public static OkHttpClient backendClient(SessionDao sessionDao) {
        return new OkHttpClient.Builder()
                .connectTimeout(ApiConfig.CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(ApiConfig.READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .addInterceptor(new AuthInterceptor(sessionDao))
                .addInterceptor(loggingInterceptor())
                .build();
    }

    /** Exchanges a refresh token against the FieldOps auth server. */
    public static FlagsRepository.BackendAuth backendAuth(SessionDao sessionDao) {
        OkHttpClient client = backendClient(sessionDao);
        Gson gson = new Gson();
        return refreshToken -> {
            RequestBody body = new FormBody.Builder()
                    .add("grant_type", "refresh_token")
                    .add("refresh_token", refreshToken)
                    .build();
            Request request = new Request.Builder()
                    .url(ApiConfig.BACKEND_BASE_URL + "oauth/token")
                    .post(body)
                    .build();
            try (okhttp3.Response response = client.newCall(request).execute()) {
                if (!response.isSuccessful() || response.body() == null) {
                    return null;
                }
                return gson.fromJson(response.body().charStream(), SessionEntity.class);
            }
        };
    }

    public static synchronized FlagsService flags() {
        if (flagsService == null) {
            OkHttpClient client = new OkHttpClient.Builder()
                    .addInterceptor(loggingInterceptor())
                    .build();
            flagsService = new Retrofit.Builder()
                    .baseUrl(ApiConfig.POSTHOG_INGEST_URL)
                    .client(client)
                    .addConverterFactory(GsonConverterFactory.create())
                    .build()
                    .create(FlagsService.class);
        }
        return flagsService;
    }

    /** Private API client used to pull experiment definitions for the diagnostics screen. */
    public static synchronized FlagsService.Admin admin() {
        if (adminService == null) {
            OkHttpClient client = new OkHttpClient.Builder()
                    .addInterceptor(chain -> {
                        Request request = chain.request().newBuilder()
                                .header("Authorization", "Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY)
                                .build();
                        return chain.proceed(request);
                    })
                    .addInterceptor(loggingInterceptor())
                    .build();
            adminService = new Retrofit.Builder()
                    .baseUrl(ApiConfig.POSTHOG_API_BASE_URL)
                    .client(client)
                    .addConverterFactory(GsonConverterFactory.create())
                    .build()
                    .create(FlagsService.Admin.class);
        }
        return adminService;
    }
}
