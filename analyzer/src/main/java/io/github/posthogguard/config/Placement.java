package io.github.posthogguard.config;

import java.util.regex.Pattern;

/**
 * Whether a whole file reaches users as it is: served by the web server from a web root, packed
 * into an Android app (assets, raw resources), or Android code. Any secret key in such a file is
 * given away.
 */
enum Placement {
  SERVER(null),
  WEB_ROOT("a file the web server serves to browsers"),
  ANDROID_PACKAGE("a file packed into the Android app"),
  ANDROID_CODE("Android code, which ships inside the app");

  /**
   * Spring Boot's static folders, Vert.x's {@code webroot} (its StaticHandler's default), front-end
   * public folders, a servlet webapp outside WEB-INF and META-INF (which the container never
   * serves).
   */
  private static final Pattern WEB_ROOT_PATH =
      Pattern.compile(
          "(^|.*/)(src/[^/]+/resources/(static|public|resources|META-INF/resources|webroot)/|public/"
              + "|webapp/(?!WEB-INF/|META-INF/)).*");

  private static final Pattern ANDROID_PACKAGE_PATH =
      Pattern.compile("(^|.*/)(src/[^/]+/assets/|res/raw/).*");

  private static final Pattern ANDROID_IMPORT = Pattern.compile("(?m)^\\s*import\\s+androidx?\\.");

  private final String description;

  Placement(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  static Placement of(String path, ConfigFormat format, String text) {
    String normalized = path.replace('\\', '/');
    if (ANDROID_PACKAGE_PATH.matcher(normalized).matches()) {
      return ANDROID_PACKAGE;
    }
    if (WEB_ROOT_PATH.matcher(normalized).matches()) {
      return WEB_ROOT;
    }
    if (format == ConfigFormat.KOTLIN && ANDROID_IMPORT.matcher(text).find()) {
      return ANDROID_CODE;
    }
    return SERVER;
  }
}
