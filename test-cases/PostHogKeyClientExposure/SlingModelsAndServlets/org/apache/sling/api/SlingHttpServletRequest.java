package org.apache.sling.api;

public interface SlingHttpServletRequest extends javax.servlet.http.HttpServletRequest {
  javax.servlet.http.Cookie getCookie(String name);
}
