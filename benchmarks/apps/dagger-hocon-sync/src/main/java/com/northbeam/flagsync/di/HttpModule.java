package com.northbeam.flagsync.di;

import com.northbeam.flagsync.config.PostHogKeys;
import dagger.Module;
import dagger.Provides;
import java.time.Duration;
import javax.inject.Named;
import javax.inject.Singleton;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Module
public final class HttpModule {

    private static final Logger wireLog = LoggerFactory.getLogger("okhttp.wire");

    private HttpModule() {
    }

    @Provides
    @Singleton
    static ConnectionPool connectionPool() {
        return new ConnectionPool(4, 5, java.util.concurrent.TimeUnit.MINUTES);
    }

    @Provides
    @Singleton
    @Named("posthog")
    static OkHttpClient postHogHttpClient(ConnectionPool pool) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> wireLog.debug(message));
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        logging.redactHeader(PostHogKeys.AUTH_HEADER);
        return new OkHttpClient.Builder()
                .connectionPool(pool)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .addInterceptor(logging)
                .build();
    }

    @Provides
    @Singleton
    @Named("warehouse")
    static OkHttpClient warehouseHttpClient(ConnectionPool pool) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> wireLog.debug(message));
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        return new OkHttpClient.Builder()
                .connectionPool(pool)
                .callTimeout(Duration.ofMinutes(2))
                .retryOnConnectionFailure(true)
                .addInterceptor(logging)
                .build();
    }
}
