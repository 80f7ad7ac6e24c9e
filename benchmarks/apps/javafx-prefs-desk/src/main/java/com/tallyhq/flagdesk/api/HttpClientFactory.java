package com.tallyhq.flagdesk.api;

import com.tallyhq.flagdesk.config.DeskSettings;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the shared {@link HttpClient}. Most of the release team sits behind the office proxy.
 */
public final class HttpClientFactory {

    private static final Logger log = LoggerFactory.getLogger(HttpClientFactory.class);

    private HttpClientFactory() {
    }

    public static HttpClient create(DeskSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);

        if (settings.hasProxy()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(settings.proxyHost(), settings.proxyPort())));
            if (!settings.proxyUser().isBlank()) {
                final String user = settings.proxyUser();
                final char[] password = settings.proxyPassword().toCharArray();
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return getRequestorType() == RequestorType.PROXY
                                ? new PasswordAuthentication(user, password)
                                : null;
                    }
                });
                log.info("Proxy auth enabled for {}:{} (user={}, password={})",
                        settings.proxyHost(), settings.proxyPort(), user, settings.proxyPassword());
            }
        }
        return builder.build();
    }
}
