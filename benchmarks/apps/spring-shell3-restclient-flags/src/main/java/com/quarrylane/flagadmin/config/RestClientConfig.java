package com.quarrylane.flagadmin.config;

import com.quarrylane.flagadmin.api.CaptureApi;
import com.quarrylane.flagadmin.api.FeatureFlagsApi;
import com.quarrylane.flagadmin.support.KeyMasker;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration
public class RestClientConfig {

    private static final Logger log = LoggerFactory.getLogger(RestClientConfig.class);

    /** Private API (us.posthog.com/api/...), authenticated with the personal key. */
    @Bean
    RestClient postHogAppClient(RestClient.Builder builder, PostHogProperties props) {
        String personalKey = props.hasPersonalKey() ? props.personalApiKey() : BootstrapConstants.SANDBOX_PERSONAL_API_KEY;
        return builder
                .baseUrl(props.appHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                .requestInterceptor(new WireLoggingInterceptor())
                .build();
    }

    /** Public ingestion host (us.i.posthog.com), no auth header. */
    @Bean
    RestClient postHogIngestClient(RestClient.Builder builder, PostHogProperties props) {
        return builder.baseUrl(props.host()).build();
    }

    @Bean
    FeatureFlagsApi featureFlagsApi(@Qualifier("postHogAppClient") RestClient client) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(FeatureFlagsApi.class);
    }

    @Bean
    CaptureApi captureApi(@Qualifier("postHogIngestClient") RestClient client) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(CaptureApi.class);
    }

    /** Request/response trace for `--debug` sessions. */
    static final class WireLoggingInterceptor implements ClientHttpRequestInterceptor {

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            if (log.isDebugEnabled()) {
                log.debug("--> {} {} auth={}", request.getMethod(), request.getURI(), request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            }
            log.trace("--> headers {}", KeyMasker.redactHeaders(request.getHeaders()));
            ClientHttpResponse response = execution.execute(request, body);
            log.debug("<-- {} {}", response.getStatusCode().value(), request.getURI());
            return response;
        }
    }
}
