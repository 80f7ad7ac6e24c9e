package com.northwind.portal.auth;

import com.northwind.portal.config.PortalSettings;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.javalin.JavalinHttpActionAdapter;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class SecurityConfigFactory {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfigFactory.class);

    public static final String OIDC_CLIENT_NAME = "OidcClient";

    private SecurityConfigFactory() {
    }

    public static Config build(PortalSettings settings) {
        OidcConfiguration oidc = new OidcConfiguration();
        oidc.setClientId(settings.oidcClientId());
        oidc.setSecret(settings.oidcClientSecret());
        oidc.setDiscoveryURI(settings.oidcDiscoveryUri());
        oidc.setScope(settings.oidcScope());
        oidc.setUseNonce(true);
        log.info("Configuring OIDC client {} against {} (client secret {})", settings.oidcClientId(), settings.oidcDiscoveryUri(), settings.oidcClientSecret());

        OidcClient oidcClient = new OidcClient(oidc);
        oidcClient.setName(OIDC_CLIENT_NAME);

        Clients clients = new Clients(settings.baseUrl() + "/callback", oidcClient);
        Config config = new Config(clients);
        config.setHttpActionAdapter(JavalinHttpActionAdapter.INSTANCE);
        return config;
    }
}
