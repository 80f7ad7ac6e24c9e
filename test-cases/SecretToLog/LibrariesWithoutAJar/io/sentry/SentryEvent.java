package io.sentry;

/** A stub of a Sentry event. */
public class SentryEvent extends SentryBaseEvent {}
