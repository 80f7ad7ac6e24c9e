package com.northwind.flagportal.config;

/**
 * Compile-time switches. Flip SDK_DEBUG back to false before cutting a release.
 */
public final class BuildFlags {

    public static final boolean SDK_DEBUG = true;

    public static final String PORTAL_VERSION = "2.7.1";

    private BuildFlags() {
    }
}
