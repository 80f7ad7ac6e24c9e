package ratpack.http;

import java.util.List;

public interface Headers {
  String get(CharSequence name);

  List<String> getAll(CharSequence name);
}
