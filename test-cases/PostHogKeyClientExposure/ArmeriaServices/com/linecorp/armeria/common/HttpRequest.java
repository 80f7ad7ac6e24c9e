package com.linecorp.armeria.common;

/** A request, as far as the case needs it. */
public interface HttpRequest {}
