package org.springframework.security.config.annotation.web.configurers.oauth2.client;

import org.springframework.security.config.annotation.web.configurers.AbstractAuthenticationFilterConfigurer;

/** A stub of the OAuth 2 login's configurer. */
public final class OAuth2LoginConfigurer extends AbstractAuthenticationFilterConfigurer<OAuth2LoginConfigurer> {}
