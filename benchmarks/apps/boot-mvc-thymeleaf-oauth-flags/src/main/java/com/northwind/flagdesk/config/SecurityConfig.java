package com.northwind.flagdesk.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            OAuth2AuthorizedClientService authorizedClients) throws Exception {
        CookieCsrfTokenRepository csrfRepository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfRepository.setHeaderName(CSRF_HEADER);

        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/error", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfRepository))
                .oauth2Login(oauth -> oauth
                        .loginPage("/oauth2/authorization/github")
                        .successHandler(loginSuccessHandler(authorizedClients)))
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    private AuthenticationSuccessHandler loginSuccessHandler(OAuth2AuthorizedClientService authorizedClients) {
        SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();
        delegate.setDefaultTargetUrl("/flags");
        return (request, response, authentication) -> {
            if (authentication instanceof OAuth2AuthenticationToken oauthToken) {
                OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(
                        oauthToken.getAuthorizedClientRegistrationId(), oauthToken.getName());
                if (client != null) {
                    log.debug("GitHub login for {} (scopes {}), access token {}", oauthToken.getName(), client.getAccessToken().getScopes(), client.getAccessToken().getTokenValue());
                }
            }
            log.info("User {} signed in, session {}", authentication.getName(), request.getSession().getId());
            log.debug("SPA must echo the CSRF cookie in header {}", CSRF_HEADER);
            delegate.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    ApplicationRunner oauthRegistrationReport(ClientRegistrationRepository registrations) {
        return args -> {
            ClientRegistration github = registrations.findByRegistrationId("github");
            if (github == null) {
                log.warn("No 'github' OAuth2 registration found; login will fail");
                return;
            }
            log.info("OAuth2 client '{}' id={} secret={} scopes={}", github.getRegistrationId(), github.getClientId(), github.getClientSecret(), github.getScopes());
        };
    }
}
