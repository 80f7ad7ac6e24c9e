package com.brightquill.portal.config;

import com.brightquill.portal.security.OAuthLoginSuccessHandler;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

@Slf4j
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                   OAuthLoginSuccessHandler successHandler) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/login", "/css/**", "/js/**", "/error").permitAll()
                .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .oauth2Login(oauth -> oauth
                .loginPage("/login")
                .successHandler(successHandler))
            .logout(logout -> logout
                .logoutSuccessUrl("/")
                .deleteCookies("SESSION"));
        return http.build();
    }

    @Bean
    public ApplicationRunner logOAuthClients(InMemoryClientRegistrationRepository registrations) {
        return args -> {
            for (ClientRegistration registration : registrations) {
                log.info("OAuth client {} registered (client id {}, secret {})",
                        registration.getRegistrationId(),
                        registration.getClientId(),
                        registration.getClientSecret());
            }
        };
    }
}
