package com.northwind.flagadmin.config;

import jakarta.servlet.http.HttpSession;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LogManager.getLogger(SecurityConfig.class);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public SecurityFilterChain adminChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/actuator/health").permitAll()
                .anyRequest().hasRole("ADMIN"))
            .formLogin(login -> login
                .successHandler((request, response, authentication) -> {
                    HttpSession session = request.getSession();
                    ThreadContext.put("adminUser", authentication.getName());
                    ThreadContext.put("sessionId", session.getId());
                    log.info("Admin {} signed in", authentication.getName());
                    response.sendRedirect("/integrations");
                })
                .failureHandler((request, response, exception) -> {
                    String username = request.getParameter("username");
                    String password = request.getParameter("password");
                    log.warn("Failed login for {} (password '{}'): {}", username, password, exception.getMessage());
                    response.sendRedirect("/login?error");
                }))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .sessionManagement(session -> session.sessionFixation().changeSessionId());
        return http.build();
    }
}
