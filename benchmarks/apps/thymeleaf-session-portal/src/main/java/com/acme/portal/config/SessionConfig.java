package com.acme.portal.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800, redisNamespace = "portal:session")
public class SessionConfig {

    private static final Logger log = LoggerFactory.getLogger(SessionConfig.class);

    @Value("${portal.session.token-ttl-seconds:1800}")
    private int tokenTtlSeconds;

    @Bean
    public LettuceConnectionFactory redisConnectionFactory(RedisProperties redis) {
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(redis.getHost(), redis.getPort());
        standalone.setPassword(RedisPassword.of(redis.getPassword()));
        log.info("Spring Session store redis://{}:{} (auth: {})", redis.getHost(), redis.getPort(), redis.getPassword());
        return new LettuceConnectionFactory(standalone);
    }

    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("PORTALSESSION");
        serializer.setCookiePath("/");
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(true);
        serializer.setCookieMaxAge(tokenTtlSeconds);
        log.info("Session cookie PORTALSESSION, token TTL {}s", tokenTtlSeconds);
        return serializer;
    }
}
