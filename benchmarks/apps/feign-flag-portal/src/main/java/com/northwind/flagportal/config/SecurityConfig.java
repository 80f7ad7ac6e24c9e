package com.northwind.flagportal.config;

import com.northwind.flagportal.security.OAuthLoginSuccessHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Everyone signs in with their PostHog account (OAuth2 login against PostHog). */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, OAuthLoginSuccessHandler successHandler)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/css/**", "/js/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            oauth -> oauth.loginPage("/oauth2/authorization/posthog").successHandler(successHandler))
        .logout(logout -> logout.logoutSuccessUrl("/").deleteCookies("SESSION"))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }
}
