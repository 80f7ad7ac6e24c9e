package io.lumenrail.flags.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.httpcomponents.hc5.PoolingHttpClientConnectionManagerMetricsBinder;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogHttpClientConfig {

    @Bean(destroyMethod = "close")
    public PoolingHttpClientConnectionManager postHogConnectionPool(
            @Value("${http.client.max-total:64}") int maxTotal,
            @Value("${http.client.max-per-route:16}") int maxPerRoute,
            @Value("${http.client.connect-timeout:3s}") Duration connectTimeout) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.ofSeconds(10))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
    }

    @Bean
    public MeteredConnectionManager meteredConnectionManager(PoolingHttpClientConnectionManager postHogConnectionPool,
                                                             MeterRegistry meterRegistry) {
        new PoolingHttpClientConnectionManagerMetricsBinder(postHogConnectionPool, "posthog").bindTo(meterRegistry);
        return new MeteredConnectionManager(postHogConnectionPool, meterRegistry, Tags.of("client", "posthog"));
    }

    @Bean(destroyMethod = "close")
    public CloseableHttpClient postHogHttpClient(MeteredConnectionManager meteredConnectionManager,
                                                 PostHogAuthInterceptor postHogAuthInterceptor,
                                                 @Value("${http.client.response-timeout:5s}") Duration responseTimeout) {
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setConnectionRequestTimeout(Timeout.ofSeconds(2))
                .build();
        return HttpClients.custom()
                .setConnectionManager(meteredConnectionManager)
                .setDefaultRequestConfig(requestConfig)
                .addRequestInterceptorLast(postHogAuthInterceptor)
                .setUserAgent("lumenrail-flags/0.9")
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }
}
