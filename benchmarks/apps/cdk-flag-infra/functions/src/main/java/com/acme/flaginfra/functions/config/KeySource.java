package com.acme.flaginfra.functions.config;

/** Where the personal API key of the running function came from. */
public enum KeySource {
    ENVIRONMENT,
    SECRETS_MANAGER,
    NONE
}
