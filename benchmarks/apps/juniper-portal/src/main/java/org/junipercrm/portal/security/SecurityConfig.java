package org.junipercrm.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

  public static final String CSRF_COOKIE_NAME = "XSRF-TOKEN";
  public static final String CSRF_HEADER_NAME = "X-XSRF-TOKEN";

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, LoginSuccessHandler successHandler) throws Exception {
    CookieCsrfTokenRepository csrfRepository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfRepository.setCookieName(CSRF_COOKIE_NAME);
    csrfRepository.setHeaderName(CSRF_HEADER_NAME);
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/css/**", "/js/**", "/error").permitAll()
            .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(successHandler))
        .oauth2Login(oauth -> oauth.loginPage("/login").successHandler(successHandler))
        .csrf(csrf -> csrf.csrfTokenRepository(csrfRepository))
        .logout(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
