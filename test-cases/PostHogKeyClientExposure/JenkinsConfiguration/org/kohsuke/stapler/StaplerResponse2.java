package org.kohsuke.stapler;

/** A stand-in for Stapler's response (jakarta). */
public interface StaplerResponse2 extends jakarta.servlet.http.HttpServletResponse {}
