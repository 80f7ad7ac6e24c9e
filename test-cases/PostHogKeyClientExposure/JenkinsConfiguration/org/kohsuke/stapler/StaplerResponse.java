package org.kohsuke.stapler;

/** A stand-in for Stapler's response (javax). */
public interface StaplerResponse extends javax.servlet.http.HttpServletResponse {}
