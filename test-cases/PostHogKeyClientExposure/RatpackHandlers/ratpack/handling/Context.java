package ratpack.handling;

import java.util.Optional;
import ratpack.http.Request;
import ratpack.http.Response;

public interface Context {
  Request getRequest();

  Response getResponse();

  Optional<String> header(CharSequence name);

  <O> O get(Class<O> type);

  void render(Object object);

  void redirect(Object to);

  void redirect(int code, Object to);
}
