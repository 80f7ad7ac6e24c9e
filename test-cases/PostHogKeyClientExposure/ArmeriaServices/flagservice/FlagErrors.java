package flagservice;

import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.ServiceRequestContext;
import com.linecorp.armeria.server.annotation.ExceptionHandlerFunction;

/** An exception handler's response goes to the caller. */
public class FlagErrors implements ExceptionHandlerFunction {
  @Override
  public HttpResponse handleException(ServiceRequestContext ctx, HttpRequest req, Throwable cause) {
    if (cause instanceof FlagApiFailed failed) {
      return HttpResponse.of(HttpStatus.BAD_GATEWAY, MediaType.PLAIN_TEXT_UTF_8, failed.getMessage()); // Noncompliant
    }
    if (cause instanceof IllegalArgumentException invalid) {
      return HttpResponse.of(HttpStatus.BAD_GATEWAY, MediaType.PLAIN_TEXT_UTF_8, invalid.getMessage());
    }
    return HttpResponse.of(HttpStatus.BAD_GATEWAY);
  }
}
