package io.flagdesk.posthog;

import io.flagdesk.config.SettingsStore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Creates the Apache HttpClient 5 instance every PostHog API call goes through.
 */
public final class PostHogHttpClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogHttpClientFactory.class.getName());

    private PostHogHttpClientFactory() {
    }

    public static CloseableHttpClient create(SettingsStore settings) {
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                .setResponseTimeout(Timeout.ofSeconds(15))
                .build();

        HttpClientBuilder builder = HttpClients.custom()
                .setDefaultRequestConfig(requestConfig)
                .setUserAgent("FlagDesk/2.4 (JavaFX)")
                .addRequestInterceptorLast((request, entity, context) -> {
                    Header auth = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
                    if (auth != null) {
                        LOG.fine("-> " + request.getMethod() + " " + request.getRequestUri() + " [" + auth.getValue() + "]");
                    }
                });

        if (!settings.getProxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(settings.getProxyHost(), settings.getProxyPort());
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(proxy),
                    new UsernamePasswordCredentials(settings.getProxyUser(), settings.getProxyPassword().toCharArray()));
            builder.setProxy(proxy).setDefaultCredentialsProvider(credentials);
            Object[] proxyDetails = {proxy.getHostName(), proxy.getPort(), settings.getProxyUser(), settings.getProxyPassword()};
            LOG.log(Level.CONFIG, "Routing PostHog traffic through {0}:{1} as {2}/{3}", proxyDetails);
        }
        return builder.build();
    }
}
