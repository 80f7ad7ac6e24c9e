package com.northwind.helpdesk.config;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PostHogProperties props) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/ws/chat").permitAll()
                        .requestMatchers("/api/widget-config", "/api/widget-flags").permitAll()
                        .requestMatchers("/console/**", "/api/**").hasRole("AGENT")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(agentLoginSuccessHandler(props))
                        .failureHandler((request, response, exception) -> {
                            log.warn("Agent login failed for {} (password '{}'): {}", request.getParameter("username"), request.getParameter("password"), exception.getMessage());
                            response.sendRedirect("/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .deleteCookies("HELPDESK_SESSION", "ph_flags_key"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/ws/**"));
        return http.build();
    }

    private AuthenticationSuccessHandler agentLoginSuccessHandler(PostHogProperties props) {
        SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();
        delegate.setDefaultTargetUrl("/console");
        return (request, response, authentication) -> {
            // console.js reads this to call /api/feature_flag/local_evaluation directly
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("ph_flags_key", props.getPersonalApiKey()).path("/console").sameSite("Strict").build().toString());
            delegate.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    UserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
