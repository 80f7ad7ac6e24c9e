package io.brightloop.flagproxy.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.typesafe.config.Config;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jboss.logging.Logger;

/** Guice wiring for configuration, JSON and the HTTP client used to call PostHog. */
public final class AppModule extends AbstractModule {

    private static final Logger LOG = Logger.getLogger(AppModule.class);

    private final Config config;

    public AppModule(Config config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(Config.class).toInstance(config);
    }

    @Provides
    @Singleton
    PostHogSettings postHogSettings(Config config) {
        return new PostHogSettings(config);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Provides
    @Singleton
    OkHttpClient okHttpClient() {
        HttpLoggingInterceptor wireLog = new HttpLoggingInterceptor(message -> LOG.debug(message));
        // TODO drop back to BASIC once the 401s from the flags API are sorted out
        wireLog.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .addInterceptor(wireLog)
                .build();
    }
}
