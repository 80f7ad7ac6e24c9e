package mapped;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * MapStruct generates the mapping: the first copies the secure key into the view, the second only
 * the host and the project key, the third the project key into a member named for a key.
 */
@Mapper(componentModel = "spring")
public interface SettingsMapper {
  @Mapping(target = "projectKey", source = "projectApiKey")
  @Mapping(target = "secureApiKey", source = "featureFlagsSecureKey")
  SettingsView toView(PostHogProperties properties);

  @Mapping(target = "projectKey", source = "projectApiKey")
  SettingsView toPublicView(PostHogProperties properties);

  @Mapping(target = "apiKey", source = "projectApiKey")
  @Mapping(target = "apiHost", source = "host")
  BootstrapView toBootstrap(PostHogProperties properties);
}
