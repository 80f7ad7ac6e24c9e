package com.northwind.flagops.config;

import com.northwind.flagops.auth.PersonalKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** {@link RestClient} for PostHog's private REST API, authenticated with the personal key. */
@Configuration
public class PostHogRestClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClientConfig.class);

    @Bean
    public RestClient postHogRestClient(
            RestClient.Builder builder, PostHogProperties properties, PersonalKeyStore keyStore) {
        return builder
                .baseUrl(properties.appHost())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                // read per request: the key can be rolled at run time
                .requestInitializer(request -> request.getHeaders().setBearerAuth(keyStore.getPersonalApiKey()))
                .requestInterceptor((request, body, execution) -> {
                    log.debug("PostHog API {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
                    return execution.execute(request, body);
                })
                .build();
    }
}
