package com.northwind.flagconsole.config;

import com.northwind.flagconsole.views.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

@EnableWebSecurity
@Configuration
public class SecurityConfig extends VaadinWebSecurity {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String PASSWORD_PROPERTY = "console.admin.password";

    private final ConsoleAdminProperties admin;

    public SecurityConfig(ConsoleAdminProperties admin) {
        this.admin = admin;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(new AntPathRequestMatcher("/internal/status")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    @Bean
    public UserDetailsService consoleUsers(PasswordEncoder encoder) {
        if (admin.password() == null || admin.password().isBlank()) {
            log.warn("{} is empty; every login attempt will be rejected", PASSWORD_PROPERTY);
        }
        log.debug("Registering console user {} with password {}", admin.username(), admin.password());
        UserDetails user = User.withUsername(admin.username())
                .password(encoder.encode(admin.password()))
                .roles(admin.role())
                .build();
        return new InMemoryUserDetailsManager(user);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
