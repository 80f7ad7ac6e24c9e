package ratpack.handling;

public interface Handler {
  void handle(Context ctx) throws Exception;
}
