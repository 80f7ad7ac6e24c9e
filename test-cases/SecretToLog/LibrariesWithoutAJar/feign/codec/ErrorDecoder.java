package feign.codec;

/** Feign's error decoder, as far as the case needs it. */
public interface ErrorDecoder {
  Exception decode(String methodKey, feign.Response response);
}
