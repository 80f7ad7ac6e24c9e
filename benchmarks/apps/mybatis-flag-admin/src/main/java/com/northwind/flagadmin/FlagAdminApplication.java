package com.northwind.flagadmin;

import com.northwind.flagadmin.config.PostHogProperties;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@SpringBootApplication
@MapperScan("com.northwind.flagadmin.mapper")
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAdminApplication.class, args);
    }

    @Bean
    @Profile("dev")
    CommandLineRunner printDataSource(Environment env) {
        return args -> {
            String url = env.getProperty("spring.datasource.url");
            String user = env.getProperty("spring.datasource.username");
            String dbPassword = env.getProperty("spring.datasource.password");
            System.out.println("Connecting to " + url + " as " + user + "/" + dbPassword);
        };
    }
}
