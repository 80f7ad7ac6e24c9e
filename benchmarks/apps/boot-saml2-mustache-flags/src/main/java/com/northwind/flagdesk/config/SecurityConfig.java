package com.northwind.flagdesk.config;

import com.northwind.flagdesk.security.SamlLoginSuccessHandler;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.registration.InMemoryRelyingPartyRegistrationRepository;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrationRepository;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrations;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Value("${saml.idp.metadata-uri}")
    private String idpMetadataUri;

    @Value("${saml.sp.keystore.location}")
    private Resource keystoreLocation;

    @Value("${saml.sp.keystore.password}")
    private String keystorePassword;

    @Value("${saml.sp.keystore.alias}")
    private String keyAlias;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SamlLoginSuccessHandler successHandler) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/css/**", "/js/**").permitAll()
                        .anyRequest().authenticated())
                .saml2Login(saml -> saml.successHandler(successHandler))
                .saml2Logout(Customizer.withDefaults())
                .saml2Metadata(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    RelyingPartyRegistrationRepository relyingPartyRegistrations() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = keystoreLocation.getInputStream()) {
            keyStore.load(in, keystorePassword.toCharArray());
        }
        log.info("Loaded SAML SP keystore {} (alias {}, password {})", keystoreLocation.getFilename(), keyAlias, keystorePassword);

        PrivateKey privateKey = (PrivateKey) keyStore.getKey(keyAlias, keystorePassword.toCharArray());
        X509Certificate certificate = (X509Certificate) keyStore.getCertificate(keyAlias);
        Saml2X509Credential signing = Saml2X509Credential.signing(privateKey, certificate);

        RelyingPartyRegistration okta = RelyingPartyRegistrations
                .fromMetadataLocation(idpMetadataUri)
                .registrationId("okta")
                .entityId("{baseUrl}/saml2/service-provider-metadata/{registrationId}")
                .signingX509Credentials(credentials -> credentials.add(signing))
                .singleLogoutServiceLocation("{baseUrl}/logout/saml2/slo")
                .build();
        return new InMemoryRelyingPartyRegistrationRepository(okta);
    }
}
