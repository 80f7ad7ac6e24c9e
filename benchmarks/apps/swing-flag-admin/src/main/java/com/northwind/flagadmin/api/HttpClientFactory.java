package com.northwind.flagadmin.api;

import com.northwind.flagadmin.config.AdminSettings;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Builds the shared java.net.http client, honouring the corporate proxy settings.
 */
public final class HttpClientFactory {

    private static final Logger LOG = Logger.getLogger(HttpClientFactory.class.getName());

    private HttpClientFactory() {
    }

    public static HttpClient create(AdminSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL);

        String proxyHost = settings.proxyHost();
        if (!proxyHost.isBlank()) {
            String[] hp = proxyHost.split(":");
            builder.proxy(ProxySelector.of(new InetSocketAddress(hp[0], Integer.parseInt(hp[1]))));
            String proxyUser = settings.proxyUser();
            String proxyPassword = settings.proxyPassword();
            LOG.config("Using proxy " + proxyHost + " as " + proxyUser + " / " + proxyPassword);
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(proxyUser, proxyPassword.toCharArray());
                }
            });
        }
        return builder.build();
    }
}
