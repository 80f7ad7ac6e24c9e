package com.lumenhq.flagsvc;

import com.lumenhq.flagsvc.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import static net.logstash.logback.argument.StructuredArguments.kv;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagServiceApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagServiceApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagServiceApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog) {
        return args -> {
            log.info("structured-log-flags started {}", kv("posthog", posthog));
            log.info("local evaluation {} (poll every {}s)",
                    posthog.isLocalEvaluation() ? "enabled" : "disabled",
                    posthog.getPollIntervalSeconds());
        };
    }
}
