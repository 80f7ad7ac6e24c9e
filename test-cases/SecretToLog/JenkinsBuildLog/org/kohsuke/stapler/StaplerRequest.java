package org.kohsuke.stapler;

/** A stand-in for Stapler's request (javax), which is an HttpServletRequest. */
public interface StaplerRequest {
  javax.servlet.http.HttpSession getSession();
}
