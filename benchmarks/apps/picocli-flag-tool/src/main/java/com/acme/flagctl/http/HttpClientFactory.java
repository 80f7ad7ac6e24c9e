package com.acme.flagctl.http;

import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.config.FlagCtlSettings.ProxySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

public final class HttpClientFactory {

    private static final Logger log = LoggerFactory.getLogger(HttpClientFactory.class);

    private HttpClientFactory() {
    }

    public static HttpClient create(FlagCtlSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);

        ProxySettings proxy = settings.proxy();
        if (proxy.enabled()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())));
            if (proxy.user() != null) {
                log.info("Routing PostHog traffic through proxy {}:{} as {}:{}",
                        proxy.host(), proxy.port(), proxy.user(), proxy.password());
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(proxy.user(), proxy.password().toCharArray());
                    }
                });
            }
        }
        return builder.build();
    }
}
