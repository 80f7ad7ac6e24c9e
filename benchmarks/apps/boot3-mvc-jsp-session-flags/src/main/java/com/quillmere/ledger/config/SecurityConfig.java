package com.quillmere.ledger.config;

import com.quillmere.ledger.security.JdbcRememberMeTokenRepository;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Value("${ledger.security.remember-me-key}")
    private String rememberMeKey;

    @Value("${ledger.security.remember-me-validity-seconds:1209600}")
    private int tokenValiditySeconds;

    @Bean
    public JdbcUserDetailsManager userDetailsService(DataSource dataSource) {
        JdbcUserDetailsManager manager = new JdbcUserDetailsManager(dataSource);
        manager.setUsersByUsernameQuery(
                "SELECT username, password_hash, enabled FROM accounts WHERE username = ?");
        manager.setAuthoritiesByUsernameQuery(
                "SELECT username, 'ROLE_' || role FROM accounts WHERE username = ?");
        return manager;
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http,
                                           JdbcUserDetailsManager users,
                                           JdbcRememberMeTokenRepository tokenRepository) throws Exception {
        log.info("Remember-me enabled, key={}", rememberMeKey);
        log.info("Remember-me token validity {}s", tokenValiditySeconds);

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/static/**", "/WEB-INF/jsp/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .rememberMe(remember -> remember
                        .key(rememberMeKey)
                        .tokenRepository(tokenRepository)
                        .tokenValiditySeconds(tokenValiditySeconds)
                        .userDetailsService(users))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .deleteCookies("JSESSIONID", "remember-me"));
        return http.build();
    }
}
