package io.github.teamauthkit.reference.http;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Jakarta REST application: resources, the stubs' runtime and the access filters, as instances. */
final class ReferenceApplication extends Application {

    private final Set<Object> singletons;

    ReferenceApplication(Set<Object> singletons) {
        this.singletons = Set.copyOf(singletons);
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
