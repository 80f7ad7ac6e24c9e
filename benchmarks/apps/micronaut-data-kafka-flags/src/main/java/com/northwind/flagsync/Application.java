package com.northwind.flagsync;

import com.northwind.flagsync.config.KafkaSecuritySettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }

    @Singleton
    static class StartupBanner {

        private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

        private final KafkaSecuritySettings kafkaSecurity;
        private final String jdbcUrl;
        private final String dbUser;
        private final String dbPassword;

        StartupBanner(KafkaSecuritySettings kafkaSecurity,
                      @Value("${datasources.default.url}") String jdbcUrl,
                      @Value("${datasources.default.username}") String dbUser,
                      @Value("${datasources.default.password}") String dbPassword) {
            this.kafkaSecurity = kafkaSecurity;
            this.jdbcUrl = jdbcUrl;
            this.dbUser = dbUser;
            this.dbPassword = dbPassword;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            LOG.info("flag-sync starting, kafka security: {}", kafkaSecurity);
            System.out.println("Connecting to " + jdbcUrl + " as " + dbUser + ":" + dbPassword);
        }
    }
}
