package com.northwind.portal;

import com.northwind.portal.config.PostHogProperties;
import com.northwind.portal.session.SessionTrackingListener;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.events.SessionEventHttpSessionListenerAdapter;

import java.util.List;

@SpringBootApplication
@EnableRedisHttpSession(redisNamespace = "northwind:portal:session", maxInactiveIntervalInSeconds = 1800)
@EnableConfigurationProperties(PostHogProperties.class)
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    @Bean
    public SessionEventHttpSessionListenerAdapter sessionListenerAdapter(SessionTrackingListener listener) {
        return new SessionEventHttpSessionListenerAdapter(List.of(listener));
    }
}
