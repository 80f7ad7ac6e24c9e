package nestedbootstrap;

/** Builds the bootstrap from a nested group of the settings, a getter of what a getter returns. */
class BootstrapFactory {
  private final BootstrapSettings settings;

  BootstrapFactory(BootstrapSettings settings) {
    this.settings = settings;
  }

  Bootstrap withSecureKey() {
    return new Bootstrap(settings.host(), settings.flags().secureKey());
  }

  Bootstrap withProjectKey() {
    return new Bootstrap(settings.host(), settings.flags().projectKey());
  }
}
