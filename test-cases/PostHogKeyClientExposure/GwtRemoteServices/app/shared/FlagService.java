package app.shared;

import com.google.gwt.user.client.rpc.RemoteService;
import com.google.gwt.user.client.rpc.RemoteServiceRelativePath;

/** A GWT-RPC service: what its methods return is serialized to the code running in the browser. */
@RemoteServiceRelativePath("flags")
public interface FlagService extends RemoteService {
  Bootstrap bootstrap();

  String projectKey();
}
