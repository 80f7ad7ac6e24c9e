package com.acme.flaggateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP side only: the admin console and actuator. gRPC calls are authenticated by
 * {@link com.acme.flaggateway.grpc.ServiceTokenInterceptor}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    @Bean
    SecurityFilterChain adminChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/admin/api/public-config").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("FLAG_ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/admin/api/**"));
        return http.build();
    }

    @Bean
    UserDetailsService adminUsers(GatewaySecurityProperties security, PasswordEncoder encoder) {
        String password = security.adminPassword();
        if (password.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            log.warn("Admin password is only {} characters long; use at least {}",
                    password.length(), MIN_ADMIN_PASSWORD_LENGTH);
            log.warn("Rotate the admin password '{}' before this instance is exposed", password);
        }
        UserDetails admin = User.withUsername(security.adminUsername())
                .password(encoder.encode(password))
                .roles("FLAG_ADMIN")
                .build();
        return new InMemoryUserDetailsManager(admin);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
