package com.acme.flagmcp;

import com.acme.flagmcp.config.McpAuthProperties;
import com.acme.flagmcp.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({PostHogProperties.class, McpAuthProperties.class})
public class FlagMcpServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagMcpServerApplication.class, args);
    }
}
