package com.brightloop.habits.net;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.config.AnalyticsKeys;
import com.brightloop.habits.config.FlagConfig;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;

public class FlagApiClient {

    private final OkHttpClient httpClient;
    private final FlagConfig flagConfig;

    public FlagApiClient(FlagConfig flagConfig) {
        this.flagConfig = flagConfig;

        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .addInterceptor(new PostHogAuthInterceptor(flagConfig));

        if (BuildConfig.DEBUG) {
            HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
            logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
            builder.addNetworkInterceptor(logging);
        }
        this.httpClient = builder.build();
    }

    public JsonObject fetchFlagDefinitions() throws FlagSyncException {
        HttpUrl url = HttpUrl.get(flagConfig.getHost())
                .newBuilder()
                .addPathSegments(AnalyticsKeys.LOCAL_EVALUATION_PATH)
                .addQueryParameter("token", flagConfig.getProjectKey())
                .addQueryParameter("send_cohorts", "true")
                .build();

        Request request = new Request.Builder().url(url).get().build();

        try (Response response = httpClient.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new FlagSyncException("local_evaluation returned " + response.code()
                        + " for personal key " + flagConfig.getPersonalApiKey()
                        + " on " + flagConfig.getHost(), response.code());
            }
            ResponseBody body = response.body();
            if (body == null) {
                throw new FlagSyncException("empty body from " + url.host(), response.code());
            }
            return JsonParser.parseString(body.string()).getAsJsonObject();
        } catch (IOException e) {
            throw new FlagSyncException("network error contacting " + url.host(), e);
        }
    }
}
