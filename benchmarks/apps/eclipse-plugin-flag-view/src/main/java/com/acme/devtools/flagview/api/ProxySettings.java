package com.acme.devtools.flagview.api;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.util.Optional;

/**
 * HTTP proxy used by the flag client. Most of our offices go through an authenticating proxy.
 */
public final class ProxySettings {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public ProxySettings(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static ProxySettings none() {
        return new ProxySettings(null, 0, null, null);
    }

    public boolean isEnabled() {
        return host != null && !host.isBlank();
    }

    public Optional<ProxySelector> selector() {
        return isEnabled() ? Optional.of(ProxySelector.of(new InetSocketAddress(host, port))) : Optional.empty();
    }

    public Optional<Authenticator> authenticator() {
        if (!isEnabled() || user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                char[] secret = password == null ? new char[0] : password.toCharArray();
                return new PasswordAuthentication(user, secret);
            }
        });
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public String toString() {
        if (!isEnabled()) {
            return "ProxySettings[direct]";
        }
        return "ProxySettings[" + user + ":" + password + "@" + host + ":" + port + "]";
    }
}
