package com.northwind.flagsync.client;

import com.northwind.flagsync.config.BillingClientProperties;
import feign.Request;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import java.util.concurrent.TimeUnit;

/** Per-client configuration for {@link BillingApiClient}. */
public class BillingFeignConfig {

    private static final Logger log = LoggerFactory.getLogger(BillingFeignConfig.class);

    @Bean
    RequestInterceptor billingAuthInterceptor(BillingClientProperties billing) {
        return template -> {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + billing.serviceToken());
            log.debug("billing request {} authenticated with {}", template.path(), billing.serviceToken());
        };
    }

    @Bean
    Request.Options billingRequestOptions(BillingClientProperties billing) {
        long timeoutMs = billing.timeout() == null ? 2000 : billing.timeout().toMillis();
        return new Request.Options(500, TimeUnit.MILLISECONDS, timeoutMs, TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder billingErrorDecoder() {
        return new BillingErrorDecoder();
    }

    /** Maps billing failures to something the topology can retry or skip. */
    static class BillingErrorDecoder implements ErrorDecoder {

        private final ErrorDecoder defaultDecoder = new ErrorDecoder.Default();

        @Override
        public Exception decode(String methodKey, Response response) {
            log.warn("billing call {} failed: HTTP {}, sent {}", methodKey, response.status(), response.request().headers());
            if (response.status() == 404) {
                return new IllegalArgumentException("unknown organisation for " + methodKey);
            }
            return defaultDecoder.decode(methodKey, response);
        }
    }
}
