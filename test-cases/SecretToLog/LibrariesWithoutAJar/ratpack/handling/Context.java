package ratpack.handling;

import java.util.Optional;
import ratpack.http.Request;

public interface Context {
  Request getRequest();

  Optional<String> header(CharSequence name);

  <O> O get(Class<O> type);
}
