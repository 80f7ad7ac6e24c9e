package com.quillmere.ledger;

import com.quillmere.ledger.repo.AccountRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication extends SpringBootServletInitializer {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }

    @Override
    protected SpringApplicationBuilder configure(SpringApplicationBuilder builder) {
        return builder.sources(LedgerApplication.class);
    }

    /** Seeds the first administrator on an empty database (fresh staging stacks). */
    @Bean
    CommandLineRunner bootstrapAdmin(AccountRepository accounts) {
        return args -> {
            String adminPassword = System.getenv("LEDGER_BOOTSTRAP_ADMIN_PASSWORD");
            if (adminPassword != null && accounts.countAccounts() == 0) {
                accounts.createAccount("admin", adminPassword, "ADMIN");
            }
        };
    }
}
