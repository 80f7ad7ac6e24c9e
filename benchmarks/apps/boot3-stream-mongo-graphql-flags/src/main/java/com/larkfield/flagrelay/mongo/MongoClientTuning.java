package com.larkfield.flagrelay.mongo;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MongoClientTuning {

    private static final Logger log = LoggerFactory.getLogger(MongoClientTuning.class);

    @Bean
    public MongoClientSettingsBuilderCustomizer flagRelayMongoCustomizer(
            @Value("${spring.data.mongodb.host}") String host,
            @Value("${spring.data.mongodb.username}") String username,
            @Value("${spring.data.mongodb.password}") String password) {
        log.info("Mongo client for {} authenticating as {} / {}", host, username, password);
        return builder -> builder
                .applicationName("flag-relay")
                .applyToConnectionPoolSettings(pool -> pool.maxSize(20).maxWaitTime(2, TimeUnit.SECONDS));
    }
}
