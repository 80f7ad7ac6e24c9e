package com.brightloop.flagservice.config;

/** Compile-time switches flipped by hand while chasing SDK issues. */
public final class BuildFlags {

  /** Verbose PostHog SDK output; see INC-2291 (flags stuck on stale definitions). */
  public static final boolean SDK_DEBUG = true;

  public static final int FLAG_POLL_SECONDS = 30;

  private BuildFlags() {}
}
