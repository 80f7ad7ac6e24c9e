package com.lumenware.flagconsole.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/actuator/health").permitAll()
                .anyRequest().hasRole("OPS"))
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler((request, response, authentication) -> {
                    log.info("{} signed in to the flag console", authentication.getName());
                    response.sendRedirect("/");
                })
                .failureHandler((request, response, exception) -> {
                    String username = request.getParameter("username");
                    String password = request.getParameter("password");
                    log.warn("failed console login for {} with '{}': {}", username, password, exception.getMessage());
                    response.sendRedirect("/login?error");
                }))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService consoleUsers(@Value("${console.admin-user}") String adminUser,
                                    @Value("${console.admin-password-hash}") String adminPasswordHash) {
        log.info("console admin '{}' configured, password hash present: {}", adminUser, StringUtils.hasText(adminPasswordHash));
        return new InMemoryUserDetailsManager(User.withUsername(adminUser)
                .password(adminPasswordHash)
                .roles("OPS")
                .build());
    }
}
