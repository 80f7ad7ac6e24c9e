package org.jenkinsci.plugins.plaincredentials;

/** A stand-in for the plain-credentials plugin's secret text credential. */
public interface StringCredentials {
  String getId();

  hudson.util.Secret getSecret();
}
