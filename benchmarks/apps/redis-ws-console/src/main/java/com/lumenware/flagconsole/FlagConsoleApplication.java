package com.lumenware.flagconsole;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableRedisIndexedHttpSession(redisNamespace = "flag-console:session", maxInactiveIntervalInSeconds = 1800)
public class FlagConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagConsoleApplication.class, args);
    }
}
