package com.northwind.flagadmin.config;

import com.northwind.flagadmin.security.AdminLoginSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                   AdminLoginSuccessHandler successHandler) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/actuator/health").permitAll()
                        .anyRequest().hasRole("FLAG_ADMIN"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler)
                        .failureHandler(this::onLoginFailure)
                        .permitAll())
                .logout(logout -> logout
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID", PostHogConstants.ADMIN_TOKEN_COOKIE));
        return http.build();
    }

    private void onLoginFailure(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        log.warn("Login failed for '{}' with password '{}': {}", username, password, exception.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Bean
    public UserDetailsService userDetailsService(@Value("${admin.ops.password-hash}") String opsPasswordHash) {
        UserDetails ops = User.withUsername("ops")
                .password(opsPasswordHash)
                .roles("FLAG_ADMIN")
                .build();
        log.info("Registered admin user {} (password hash configured: {})", ops.getUsername(), !opsPasswordHash.isBlank());
        return new InMemoryUserDetailsManager(ops);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
