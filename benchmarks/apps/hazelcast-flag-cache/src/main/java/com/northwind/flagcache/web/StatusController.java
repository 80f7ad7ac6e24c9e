package com.northwind.flagcache.web;

import com.hazelcast.map.IMap;
import com.northwind.flagcache.cache.FlagDefinition;
import com.northwind.flagcache.config.PostHogKeys;
import com.northwind.flagcache.config.PostHogProperties;
import com.northwind.flagcache.sync.FlagSyncService;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

@Controller
public class StatusController {

    private static final Logger log = LoggerFactory.getLogger(StatusController.class);

    private final FlagSyncService syncService;
    private final IMap<String, FlagDefinition> flagDefinitions;
    private final PostHogProperties props;

    public StatusController(FlagSyncService syncService,
                            IMap<String, FlagDefinition> flagDefinitions,
                            PostHogProperties props) {
        this.syncService = syncService;
        this.flagDefinitions = flagDefinitions;
        this.props = props;
    }

    @GetMapping("/status")
    public String status(Model model, HttpServletRequest request) {
        log.debug("Status page requested by {} (session {})", request.getRemoteAddr(), request.getRequestedSessionId());
        StatusView view = syncService.snapshot();
        List<FlagDefinition> flags = flagDefinitions.values().stream()
                .sorted(Comparator.comparing(FlagDefinition::getKey))
                .toList();
        String curlExample = "curl -H 'Authorization: Bearer " + props.getPersonalApiKey() + "' '"
                + props.getApiHost() + "/api/feature_flag/local_evaluation?token=" + props.getProjectApiKey() + "'";

        model.addAttribute("host", view.posthogHost());
        model.addAttribute("projectKey", props.getProjectApiKey());
        model.addAttribute("personalKeyHint", PostHogKeys.mask(props.getPersonalApiKey()));
        model.addAttribute("curlExample", curlExample);
        model.addAttribute("clusterMembers", view.clusterMembers());
        model.addAttribute("lastSync", view.lastSync());
        model.addAttribute("flags", flags);
        return "status";
    }
}
