package once;

/** A name and a value, created in several places with different values. */
public final class Setting {
  private final String name;
  private final String value;

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }
}
