package com.northwind.portal.security;

import com.northwind.portal.web.RequestAuditFilter;
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
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Value("${portal.security.remember-me-key}")
    private String rememberMeKey;

    @Value("${portal.security.remember-me-validity-seconds:1209600}")
    private int rememberMeValiditySeconds;

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                   UserDetailsService userDetailsService,
                                                   LoginAuditHandler loginAuditHandler,
                                                   RequestAuditFilter requestAuditFilter) throws Exception {
        log.info("Configuring remember-me (key={}, validity={}s)", rememberMeKey, rememberMeValiditySeconds);
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/actuator/health").permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(loginAuditHandler)
                        .failureHandler(loginAuditHandler)
                        .permitAll())
                .rememberMe(remember -> remember
                        .key(rememberMeKey)
                        .tokenValiditySeconds(rememberMeValiditySeconds)
                        .userDetailsService(userDetailsService))
                .logout(logout -> logout
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION", "remember-me"))
                .addFilterBefore(requestAuditFilter, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("ops")
                        .password("{bcrypt}$2a$10$8Qm5pQ1m0v3cWlqB2x1Yse7gGq4XGk6wq3n0YQpJx9y2mZr0cXb2S")
                        .roles("ADMIN", "USER")
                        .build());
    }
}
