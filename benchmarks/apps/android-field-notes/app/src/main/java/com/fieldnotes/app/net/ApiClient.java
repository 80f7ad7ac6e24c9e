package com.fieldnotes.app.net;

import com.fieldnotes.app.BuildConfig;
import com.fieldnotes.app.analytics.AnalyticsConstants;
import com.fieldnotes.app.data.AuthRepository;

import java.util.concurrent.TimeUnit;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

public final class ApiClient {

    private static final String INSIGHTS_KEY = "phx_" + AnalyticsConstants.INSIGHTS_KEY_TAIL;

    private static volatile FieldNotesApi api;
    private static volatile OkHttpClient plainClient;

    private ApiClient() {
    }

    public static FieldNotesApi get(AuthRepository auth) {
        if (api == null) {
            synchronized (ApiClient.class) {
                if (api == null) {
                    api = buildRetrofit(auth).create(FieldNotesApi.class);
                }
            }
        }
        return api;
    }

    private static Retrofit buildRetrofit(AuthRepository auth) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.BODY : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(AnalyticsConstants.HEADER_AUTHORIZATION);
        logging.redactHeader("Cookie");

        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(auth))
                .addInterceptor(logging)
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();

        return new Retrofit.Builder()
                .baseUrl(BuildConfig.API_BASE_URL)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build();
    }

    /** Team activity comes straight from the PostHog insight so we don't need a backend endpoint for it. */
    public static Call teamActivityCall() {
        Request request = new Request.Builder()
                .url(AnalyticsConstants.INSIGHTS_HOST + "/api/projects/@current/insights/"
                        + AnalyticsConstants.TEAM_ACTIVITY_INSIGHT_ID + "/?refresh=blocking")
                .header(AnalyticsConstants.HEADER_AUTHORIZATION, "Bearer " + INSIGHTS_KEY)
                .build();
        return plainClient().newCall(request);
    }

    private static OkHttpClient plainClient() {
        if (plainClient == null) {
            synchronized (ApiClient.class) {
                if (plainClient == null) {
                    plainClient = new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build();
                }
            }
        }
        return plainClient;
    }
}
