package io.northwind.flagbridge.config;

import io.northwind.flagbridge.oauth.PostHogLoginSuccessHandler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PostHogLoginSuccessHandler successHandler)
            throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/api/bootstrap", "/error", "/css/**").permitAll()
                        .requestMatchers("/ws/flags").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/posthog")
                        .successHandler(successHandler))
                .oauth2Client(Customizer.withDefaults())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .ignoringRequestMatchers("/ws/**"))
                .logout(logout -> logout.logoutSuccessUrl("/api/bootstrap"));
        return http.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
