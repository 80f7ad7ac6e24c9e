package com.northwind.flagrelay.http;

import com.northwind.flagrelay.config.DaemonConfig;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the single pooled Apache HttpClient shared by every outbound integration.
 */
public final class HttpClientFactory {

    private static final Logger log = LoggerFactory.getLogger(HttpClientFactory.class);

    private HttpClientFactory() {
    }

    public static CloseableHttpClient create(DaemonConfig config) {
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                .setResponseTimeout(Timeout.ofSeconds(20))
                .build();

        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(20)
                        .setMaxConnPerRoute(10)
                        .build())
                .setDefaultRequestConfig(requestConfig)
                .setUserAgent("northwind-flag-relay/1.4")
                .evictExpiredConnections();

        if (config.hasProxy()) {
            HttpHost proxy = new HttpHost(config.proxyHost(), config.proxyPort());
            builder.setProxy(proxy);
            if (config.proxyUser() != null && config.proxyPassword() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(config.proxyUser(), config.proxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
                log.info("Routing outbound traffic through proxy {} as {}:{}", proxy, config.proxyUser(), config.proxyPassword());
            } else {
                log.info("Routing outbound traffic through proxy {}", proxy);
            }
        }
        return builder.build();
    }
}
