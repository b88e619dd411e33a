package id.sipetruk.setup;

import org.springframework.context.ApplicationEvent;

/** Published by {@link StartupSetup} once groups, (demo) users and Tasklist filters exist. */
public class StartupSetupCompletedEvent extends ApplicationEvent {

    public StartupSetupCompletedEvent(Object source) {
        super(source);
    }
}
