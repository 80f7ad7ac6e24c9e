package com.fernhill.auditportal.config;

import javax.sql.DataSource;

import com.fernhill.auditportal.security.AuditingPersistentTokenRepository;
import com.fernhill.auditportal.security.LoginSuccessHandler;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LogManager.getLogger(SecurityConfig.class);

    private static final int REMEMBER_ME_VALIDITY_SECONDS = 14 * 24 * 3600;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            LoginSuccessHandler successHandler,
                                            PersistentTokenRepository tokenRepository,
                                            UserDetailsService userDetailsService) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/actuator/health").permitAll()
                .requestMatchers("/admin/**", "/actuator/auditevents").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(successHandler)
                .failureHandler((request, response, exception) -> {
                    log.warn("Login failed for '{}' from {} (session {}): {}", request.getParameter("username"), request.getRemoteAddr(), request.getRequestedSessionId(), exception.getMessage());
                    response.sendRedirect("/login?error");
                }))
            .rememberMe(remember -> remember
                .tokenRepository(tokenRepository)
                .userDetailsService(userDetailsService)
                .tokenValiditySeconds(REMEMBER_ME_VALIDITY_SECONDS))
            .logout(logout -> logout
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("AUDITSESSION", "remember-me"));
        return http.build();
    }

    @Bean
    PersistentTokenRepository persistentTokenRepository(DataSource dataSource) {
        JdbcTokenRepositoryImpl jdbc = new JdbcTokenRepositoryImpl();
        jdbc.setDataSource(dataSource);
        return new AuditingPersistentTokenRepository(jdbc);
    }

    @Bean
    UserDetailsService userDetailsService(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
