package id.sipetruk.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets user and group ids contain '.', '-' and '_' between letters and digits. Camunda's default whitelist
 * ("[a-zA-Z0-9]+|camunda-admin") rejects SI PETRUK's group ids such as "bkpsdm-admin" and "opd-disdik-head"
 * and logins such as "kepala.disdik". Ids still cannot start or end with a separator or contain spaces.
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class IdentityIdPolicy extends AbstractProcessEnginePlugin {

    /** Letters and digits, optionally joined by single '.', '-' or '_'. */
    public static final String ID_PATTERN = "[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setUserResourceWhitelistPattern(ID_PATTERN);
        configuration.setGroupResourceWhitelistPattern(ID_PATTERN);
    }
}
