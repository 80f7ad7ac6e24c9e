package io.northwind.flagconsole.shared;

import com.google.gwt.user.client.rpc.RemoteService;
import com.google.gwt.user.client.rpc.RemoteServiceRelativePath;
import java.util.ArrayList;

@RemoteServiceRelativePath("admin")
public interface FlagAdminService extends RemoteService {

    ConsoleBootstrapDto loadBootstrap() throws FlagAdminException;

    KeyStatusDto getKeyStatus();

    ArrayList<String> listFlagKeys() throws FlagAdminException;

    void setFlagActive(int flagId, boolean active) throws FlagAdminException;
}
