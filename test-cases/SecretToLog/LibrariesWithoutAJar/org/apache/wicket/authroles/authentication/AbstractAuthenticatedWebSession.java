package org.apache.wicket.authroles.authentication;

/** A Wicket session that knows whether its user signed in. */
public abstract class AbstractAuthenticatedWebSession extends org.apache.wicket.protocol.http.WebSession {}
