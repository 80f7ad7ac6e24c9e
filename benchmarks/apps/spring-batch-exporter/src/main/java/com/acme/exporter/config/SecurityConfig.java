package com.acme.exporter.config;

import com.acme.exporter.web.AuditRequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    public static final String REMEMBER_ME_COOKIE = "remember-me";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http,
                                    UserDetailsService users,
                                    @Value("${exporter.remember-me.key}") String rememberMeKey) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/actuator/health").permitAll()
                        .anyRequest().hasRole("EXPORT_ADMIN"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/admin", true)
                        .failureHandler(loginFailureHandler()))
                .rememberMe(remember -> remember
                        .key(rememberMeKey)
                        .rememberMeCookieName(REMEMBER_ME_COOKIE)
                        .userDetailsService(users)
                        .tokenValiditySeconds(14 * 24 * 3600))
                .logout(logout -> logout
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID", REMEMBER_ME_COOKIE))
                .addFilterAfter(new AuditRequestFilter(), RememberMeAuthenticationFilter.class);
        return http.build();
    }

    private AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String attemptedUser = request.getParameter("username");
            log.warn("Failed admin login user={} password={}", attemptedUser, request.getParameter("password"));
            response.sendRedirect("/login?error");
        };
    }

    @Bean
    UserDetailsService users(@Value("${exporter.admin.username}") String username,
                             @Value("${exporter.admin.password-hash}") String passwordHash) {
        return new InMemoryUserDetailsManager(User.withUsername(username)
                .password(passwordHash)
                .roles("EXPORT_ADMIN")
                .build());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
