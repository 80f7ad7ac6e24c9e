package org.apache.wicket.authroles.authentication;

/** A Wicket session its application signs users in to. */
public abstract class AuthenticatedWebSession extends AbstractAuthenticatedWebSession {}
