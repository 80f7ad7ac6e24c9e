package com.northwind.flagdesk.config;

import com.northwind.flagdesk.web.HtmxRequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, HtmxRequestFilter htmxRequestFilter) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/login", "/actuator/health").permitAll()
                        .requestMatchers("/hooks/**").permitAll()
                        .requestMatchers("/accounts/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("ADMIN", "RELEASE_MANAGER"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/hooks/**"))
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            log.info("Console login by {} from {} (session {})",
                                    authentication.getName(), request.getRemoteAddr(), request.getSession().getId());
                            response.sendRedirect("/flags");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?bye"))
                .addFilterAfter(htmxRequestFilter, AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
