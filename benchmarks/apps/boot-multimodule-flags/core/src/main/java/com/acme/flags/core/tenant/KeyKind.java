package com.acme.flags.core.tenant;

/**
 * Which kind of server-side credential a tenant stored for local flag evaluation.
 */
public enum KeyKind {
    PERSONAL,
    SECURE
}
