package com.acme.clickstream;

/**
 * How the status server's admin endpoints authenticate callers.
 */
enum AuthMode {
    NONE,
    BEARER_TOKEN
}
