package com.linecorp.armeria.server;

/** A request's context. */
public interface ServiceRequestContext {}
