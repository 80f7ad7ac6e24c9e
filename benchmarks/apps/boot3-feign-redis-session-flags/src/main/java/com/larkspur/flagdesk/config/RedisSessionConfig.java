package com.larkspur.flagdesk.config;

import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800, redisNamespace = "flagdesk:session")
public class RedisSessionConfig {

    @Bean
    public LettuceConnectionFactory redisConnectionFactory(RedisProperties redis) {
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(redis.getHost(), redis.getPort());
        standalone.setPassword(RedisPassword.of(redis.getPassword()));
        if (Boolean.getBoolean("flagdesk.redis.trace")) {
            System.out.println("[flagdesk] connecting to redis " + redis.getHost() + ":" + redis.getPort()
                    + " using password " + redis.getPassword());
        }
        return new LettuceConnectionFactory(standalone);
    }

    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("FLAGDESK_SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
