package flagclients;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The same endpoint through a Spring HTTP interface. */
@HttpExchange("/api/feature_flag")
public interface SpringFlagsApi {
  @GetExchange("/local_evaluation/")
  String localEvaluation(@RequestParam(name = "token") String key);

  @GetExchange("/local_evaluation/")
  String definitions(@org.springframework.web.bind.annotation.RequestHeader("Authorization") String bearer);
}
