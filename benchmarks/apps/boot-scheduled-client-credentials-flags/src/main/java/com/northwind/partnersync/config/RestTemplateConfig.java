package com.northwind.partnersync.config;

import java.time.Duration;

import com.northwind.partnersync.http.OAuth2BearerInterceptor;
import com.northwind.partnersync.http.RequestLoggingInterceptor;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

@Configuration
public class RestTemplateConfig {

    /**
     * Interceptor order matters: token first, then the API key header, then logging so the
     * logged request looks exactly like what goes over the wire.
     */
    @Bean
    RestTemplate partnerRestTemplate(RestTemplateBuilder builder,
                                     PartnerApiProperties partner,
                                     OAuth2BearerInterceptor bearerInterceptor,
                                     RequestLoggingInterceptor loggingInterceptor) {
        return builder
                .rootUri(partner.baseUrl().toString())
                .setConnectTimeout(partner.connectTimeout())
                .setReadTimeout(partner.readTimeout())
                .additionalInterceptors(bearerInterceptor, partnerApiKeyInterceptor(partner.apiKey()), loggingInterceptor)
                .build();
    }

    @Bean
    RestTemplate postHogRestTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static ClientHttpRequestInterceptor partnerApiKeyInterceptor(String apiKey) {
        return (request, body, execution) -> {
            request.getHeaders().set(PartnerApiProperties.API_KEY_HEADER, apiKey);
            return execution.execute(request, body);
        };
    }
}
