package io.northwind.flagconsole.shared;

import com.google.gwt.user.client.rpc.AsyncCallback;
import java.util.ArrayList;

public interface FlagAdminServiceAsync {

    void loadBootstrap(AsyncCallback<ConsoleBootstrapDto> callback);

    void getKeyStatus(AsyncCallback<KeyStatusDto> callback);

    void listFlagKeys(AsyncCallback<ArrayList<String>> callback);

    void setFlagActive(int flagId, boolean active, AsyncCallback<Void> callback);
}
