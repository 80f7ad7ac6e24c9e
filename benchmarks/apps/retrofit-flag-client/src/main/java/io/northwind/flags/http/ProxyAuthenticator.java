package io.northwind.flags.http;

import java.util.logging.Logger;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/** Answers the corporate proxy's 407 challenge with basic credentials. */
public final class ProxyAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(ProxyAuthenticator.class.getName());
    private static final String PROXY_AUTH_HEADER = "Proxy-Authorization";

    private final String proxyUser;
    private final String proxyPassword;

    public ProxyAuthenticator(String proxyUser, String proxyPassword) {
        this.proxyUser = proxyUser;
        this.proxyPassword = proxyPassword;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.request().header(PROXY_AUTH_HEADER) != null) {
            LOG.warning("Proxy rejected credentials for " + proxyUser + ", giving up");
            return null;
        }
        LOG.fine(String.format("407 from %s, retrying as %s/%s",
                route == null ? "?" : route.proxy().address(), proxyUser, proxyPassword));
        return response.request().newBuilder()
                .header(PROXY_AUTH_HEADER, Credentials.basic(proxyUser, proxyPassword))
                .build();
    }
}
