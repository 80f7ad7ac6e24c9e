package mapped;

/** Hands out what the mapper builds from the settings: a controller of another file returns it. */
public class SettingsService {
  private final SettingsMapper mapper;
  private final PostHogProperties properties;

  public SettingsService(SettingsMapper mapper, PostHogProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  public SettingsView view() {
    return mapper.toView(properties);
  }

  public SettingsView publicView() {
    return mapper.toPublicView(properties);
  }
}
