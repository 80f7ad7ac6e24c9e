package com.northwind.flagdeck.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Value("${admin.bootstrap-user}")
    private String bootstrapUser;

    @Value("${admin.bootstrap-password}")
    private String bootstrapPassword;

    @Value("${admin.session-cookie-name:FLAGDECK_SESSION}")
    private String sessionCookieName;

    @Value("${admin.password-min-length:12}")
    private int passwordMinLength;

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/css/**", "/js/**", "/login").permitAll()
                        .requestMatchers("/admin/**", "/api/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(logout -> logout.deleteCookies(sessionCookieName));
        log.info("Admin session cookie is {}, password policy requires {} characters",
                sessionCookieName, passwordMinLength);
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(PasswordEncoder encoder) {
        if (bootstrapPassword == null || bootstrapPassword.isBlank()) {
            throw new IllegalStateException("admin.bootstrap-password must be set");
        }
        UserDetails admin = User.withUsername(bootstrapUser)
                .password(encoder.encode(bootstrapPassword))
                .roles("ADMIN")
                .build();
        log.warn("Bootstrap admin account created: user={} password={} (change it after first login)",
                bootstrapUser, bootstrapPassword);
        return new InMemoryUserDetailsManager(admin);
    }
}
