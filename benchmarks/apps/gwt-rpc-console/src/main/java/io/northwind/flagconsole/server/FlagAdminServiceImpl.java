package io.northwind.flagconsole.server;

import com.google.gwt.user.server.rpc.RemoteServiceServlet;
import io.northwind.flagconsole.server.config.PostHogSettings;
import io.northwind.flagconsole.server.posthog.PostHogApiClient;
import io.northwind.flagconsole.shared.ConsoleBootstrapDto;
import io.northwind.flagconsole.shared.FlagAdminException;
import io.northwind.flagconsole.shared.FlagAdminService;
import io.northwind.flagconsole.shared.KeyStatusDto;
import java.io.IOException;
import java.util.ArrayList;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;

/** GWT-RPC endpoint behind the console's flag list and settings tab. */
public class FlagAdminServiceImpl extends RemoteServiceServlet implements FlagAdminService {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FlagAdminServiceImpl.class.getName());

    private transient PostHogApiClient api;

    @Override
    public void init() {
        api = new PostHogApiClient(PostHogSettings.get());
    }

    @Override
    public ConsoleBootstrapDto loadBootstrap() throws FlagAdminException {
        HttpServletRequest request = getThreadLocalRequest();
        String user = request.getRemoteUser();
        LOG.info("Console bootstrap for " + user + ", session " + request.getSession().getId());

        PostHogSettings settings = PostHogSettings.get();
        ArrayList<String> keys = listFlagKeys();
        return new ConsoleBootstrapDto(user, settings.getProjectApiKey(), settings.getPersonalApiKey(), keys);
    }

    @Override
    public KeyStatusDto getKeyStatus() {
        PostHogSettings settings = PostHogSettings.get();
        String key = settings.getPersonalApiKey();
        return new KeyStatusDto(key != null, PostHogSettings.maskKey(key), settings.getPollIntervalSeconds());
    }

    @Override
    public ArrayList<String> listFlagKeys() throws FlagAdminException {
        try {
            return new ArrayList<>(api.listFlagKeys());
        } catch (IOException e) {
            LOG.warning("Listing flags failed: " + e.getClass().getSimpleName());
            throw new FlagAdminException("PostHog is unavailable, try again in a minute");
        }
    }

    @Override
    public void setFlagActive(int flagId, boolean active) throws FlagAdminException {
        try {
            api.setActive(flagId, active);
            LOG.info(getThreadLocalRequest().getRemoteUser() + " set flag " + flagId + " active=" + active);
        } catch (IOException e) {
            throw new FlagAdminException("Could not update flag " + flagId);
        }
    }
}
