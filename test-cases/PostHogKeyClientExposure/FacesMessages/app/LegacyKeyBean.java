package app;

import javax.faces.bean.ManagedBean;

/** A JSF 2 managed bean: its getters are what its page renders. */
@ManagedBean
public class LegacyKeyBean {
  public String getSecureKey() {
    return System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"); // Noncompliant
  }
}
