package io.northwind.flags.di;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.northwind.flags.api.PostHogFlagsApi;
import io.northwind.flags.config.FlagClientConfig;
import io.northwind.flags.http.AuthInterceptor;
import io.northwind.flags.http.PostHogTokenAuthenticator;
import io.northwind.flags.http.ProxyAuthenticator;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.logging.Logger;

import javax.inject.Named;
import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

@Module
public final class HttpModule {

    private static final Logger WIRE_LOG = Logger.getLogger("io.northwind.flags.wire");

    @Provides
    @Singleton
    static ObjectMapper objectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Provides
    @Named("localEvaluationKey")
    static String localEvaluationKey(FlagClientConfig config) {
        return config.secureApiKey() != null ? config.secureApiKey() : config.personalApiKey();
    }

    @Provides
    @Singleton
    static HttpLoggingInterceptor wireLogging() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(WIRE_LOG::fine);
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        return logging;
    }

    @Provides
    @Singleton
    @Named("api")
    static OkHttpClient apiClient(FlagClientConfig config,
                                  AuthInterceptor auth,
                                  PostHogTokenAuthenticator tokenAuthenticator,
                                  HttpLoggingInterceptor wireLogging) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .addInterceptor(auth)
                .addInterceptor(wireLogging)
                .authenticator(tokenAuthenticator);
        if (config.hasProxy()) {
            builder.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(config.proxyHost(), config.proxyPort())))
                    .proxyAuthenticator(new ProxyAuthenticator(config.proxyUser(), config.proxyPassword()));
        }
        return builder.build();
    }

    @Provides
    @Singleton
    @Named("token")
    static OkHttpClient tokenClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(WIRE_LOG::fine);
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(10))
                .addInterceptor(logging)
                .build();
    }

    @Provides
    @Singleton
    static PostHogFlagsApi flagsApi(FlagClientConfig config, @Named("api") OkHttpClient client, ObjectMapper mapper) {
        return new Retrofit.Builder()
                .baseUrl(config.apiBaseUrl())
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(PostHogFlagsApi.class);
    }

    @Provides
    @Named("tokenApi")
    static PostHogFlagsApi tokenApi(FlagClientConfig config, @Named("token") OkHttpClient client, ObjectMapper mapper) {
        return new Retrofit.Builder()
                .baseUrl(config.apiBaseUrl())
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(PostHogFlagsApi.class);
    }
}
