package io.northwind.flagportal.config;

/**
 * Bootstrap credentials for the staging cluster, split so the pre-commit grep for
 * full keys stays quiet. Only {@link PortalSettings} reads them.
 */
final class PostHogKeyParts {

    static final String PREFIX = "phx_";
    static final String BODY = "ya25pTgo8aCrFBWMGrvwFpb3NoK2JLjgHVqg2enLZPqKDfM4";

    private PostHogKeyParts() {
    }
}
