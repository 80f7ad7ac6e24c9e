package ownerapp;

import org.aeonbits.owner.Config;

/** An Owner configuration interface: each accessor reads the key its @Key names. */
public interface ServiceConfig extends Config {
  @Key("posthog.project-api-key")
  String projectApiKey();

  @Key("posthog.audit.project-api-key")
  String auditProjectApiKey();

  @Key("posthog.personal-api-key")
  String personalApiKey();

  @Key("posthog.sdk.debug")
  @DefaultValue("false")
  boolean sdkDebug();
}
