package com.quarry.graph.config;

import com.quarry.graph.security.RequestAuditFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, RequestAuditFilter auditFilter) throws Exception {
        http
            .csrf(csrf -> csrf.ignoringRequestMatchers("/graphql"))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/bootstrap.js", "/app.js", "/actuator/health").permitAll()
                .requestMatchers("/graphql").authenticated()
                .anyRequest().denyAll())
            .httpBasic(Customizer.withDefaults())
            .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
            .addFilterBefore(auditFilter, BasicAuthenticationFilter.class);
        return http.build();
    }
}
