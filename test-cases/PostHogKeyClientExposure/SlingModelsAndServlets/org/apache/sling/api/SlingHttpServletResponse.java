package org.apache.sling.api;

public interface SlingHttpServletResponse extends javax.servlet.http.HttpServletResponse {}
