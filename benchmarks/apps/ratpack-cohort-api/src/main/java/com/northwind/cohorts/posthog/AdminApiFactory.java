package com.northwind.cohorts.posthog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

public final class AdminApiFactory {

    private static final Logger log = LoggerFactory.getLogger(AdminApiFactory.class);

    private AdminApiFactory() {
    }

    public static PostHogAdminApi create(String adminHost, String personalApiKey) {
        HttpLoggingInterceptor wireLog = new HttpLoggingInterceptor(message -> log.debug("posthog-admin: {}", message));
        wireLog.setLevel(HttpLoggingInterceptor.Level.HEADERS);

        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .addInterceptor(chain -> {
                    Request authed = chain.request().newBuilder()
                            .header("Authorization", "Bearer " + personalApiKey)
                            .header("Accept", "application/json")
                            .build();
                    return chain.proceed(authed);
                })
                .addInterceptor(wireLog)
                .build();

        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        return new Retrofit.Builder()
                .baseUrl(adminHost.endsWith("/") ? adminHost : adminHost + "/")
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(PostHogAdminApi.class);
    }
}
