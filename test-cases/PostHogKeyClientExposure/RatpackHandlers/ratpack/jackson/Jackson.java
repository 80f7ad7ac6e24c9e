package ratpack.jackson;

public final class Jackson {
  private Jackson() {}

  public static JsonRender json(Object object) {
    return () -> object;
  }
}
