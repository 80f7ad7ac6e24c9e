package org.apache.wicket.protocol.http;

/** A Wicket session of a web request. */
public class WebSession extends org.apache.wicket.Session {}
