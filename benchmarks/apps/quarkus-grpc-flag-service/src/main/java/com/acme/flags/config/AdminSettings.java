package com.acme.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Credentials for the admin REST API, the gRPC callers and the cross-region upstream.
 */
@ConfigMapping(prefix = "flags.admin")
public interface AdminSettings {

    /** Bearer token expected on {@code /admin/*}. */
    String token();

    /** Bearer token internal services present on gRPC calls. */
    String serviceToken();

    Upstream upstream();

    interface Upstream {

        @WithDefault("false")
        boolean enabled();

        /** Bearer token this service presents to the flag service of the other region. */
        String token();
    }
}
