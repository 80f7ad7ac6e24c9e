package com.northwind.flagstream.config;

import com.northwind.flagstream.stream.StreamHub;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RedisConfig {

    private static final Logger log = LoggerFactory.getLogger(RedisConfig.class);

    @Bean(destroyMethod = "shutdown")
    public RedisClient redisClient(RedisSettings settings) {
        String scheme = settings.tls() ? "rediss" : "redis";
        String uri = scheme + "://:" + settings.password() + "@" + settings.host() + ":" + settings.port();
        log.info("Connecting flag-change subscriber to {}", uri);
        return RedisClient.create(uri);
    }

    @Bean(destroyMethod = "close")
    public StatefulRedisPubSubConnection<String, String> flagChangeConnection(RedisClient client, StreamHub hub) {
        StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
        connection.addListener(hub);
        connection.sync().psubscribe(FlagStreamDefaults.FLAG_CHANNEL_PATTERN);
        log.info("Subscribed to {}", FlagStreamDefaults.FLAG_CHANNEL_PATTERN);
        return connection;
    }
}
