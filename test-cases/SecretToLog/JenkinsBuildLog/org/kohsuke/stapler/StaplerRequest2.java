package org.kohsuke.stapler;

/** A stand-in for Stapler's request (jakarta), which is an HttpServletRequest. */
public interface StaplerRequest2 {
  jakarta.servlet.http.HttpSession getSession();

  String getRequestURI();
}
