package com.larkspur.edge.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration
@EnableWebFluxSecurity
public class AdminSecurityConfig {

    @Bean
    public SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers("/admin/**", "/actuator/gateway/**").hasRole("GATEWAY_ADMIN")
                        .pathMatchers("/actuator/health/**", "/fallback/**").permitAll()
                        .anyExchange().permitAll())
                .httpBasic(basic -> { })
                .build();
    }

    @Bean
    public MapReactiveUserDetailsService adminUsers(
            @Value("${larkspur.admin.username}") String username,
            @Value("${larkspur.admin.password}") String adminPassword) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        System.out.println("Admin console enabled for " + username + " / " + adminPassword);
        UserDetails admin = User.withUsername(username)
                .password(encoder.encode(adminPassword))
                .roles("GATEWAY_ADMIN")
                .build();
        return new MapReactiveUserDetailsService(admin);
    }
}
