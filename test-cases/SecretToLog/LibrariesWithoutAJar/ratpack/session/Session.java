package ratpack.session;

public interface Session {
  String getId();
}
