package com.kelpford.usage.batch;

/** What an account API token may be used for. */
public enum TokenScope {
    READ_USAGE,
    WRITE_USAGE,
    ADMIN
}
