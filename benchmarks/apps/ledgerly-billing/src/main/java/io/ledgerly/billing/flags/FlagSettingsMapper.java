package io.ledgerly.billing.flags;

import io.ledgerly.billing.config.PostHogProperties;
import io.ledgerly.billing.support.Secrets;

/** Hand-written mapper (we dropped MapStruct for this module). */
public final class FlagSettingsMapper {

  private FlagSettingsMapper() {}

  /** Full view for the internal ops console, which needs to copy the key into Terraform. */
  public static FlagSettingsDto toDto(PostHogProperties props) {
    return new FlagSettingsDto(
        props.privateApiHost(),
        props.projectId(),
        props.personalApiKey(),
        props.personalApiKey() != null);
  }

  /** Customer-facing admin view: only PostHog's masked form of the key. */
  public static FlagSettingsDto toMaskedDto(PostHogProperties props) {
    return new FlagSettingsDto(
        props.privateApiHost(),
        props.projectId(),
        Secrets.mask(props.personalApiKey()),
        props.personalApiKey() != null);
  }
}
