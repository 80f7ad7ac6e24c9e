package com.northwind.flagconsole;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@SpringBootApplication
@Theme("flag-console")
public class FlagConsoleApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FlagConsoleApplication.class, args);
    }

    /**
     * Prints the effective database connection on the staging VM, where the
     * console output is the only thing ops can see before the UI comes up.
     */
    @Bean
    @Profile("staging")
    ApplicationRunner startupBanner(Environment env) {
        return args -> System.out.printf("Flag console started against %s as %s/%s%n",
                env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
    }
}
